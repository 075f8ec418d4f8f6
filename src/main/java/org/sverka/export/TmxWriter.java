package org.sverka.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sverka.model.AlignedPair;

/**
 * Streams aligned pairs into a TMX 1.4b file (UTF-8, valid against tmx14.dtd), one {@code <tu>} per pair:
 * <pre>{@code
 * <tu tuid="12">
 *   <prop type="x-confidence">0.93</prop>
 *   <prop type="x-pair-type">2-1</prop>
 *   <prop type="x-status">automatic</prop>
 *   <prop type="x-pair-number">12</prop>
 *   <tuv xml:lang="en"><seg>...</seg></tuv>
 *   <tuv xml:lang="ru"><seg>...</seg></tuv>
 * </tu>}</pre>
 * Choices a consumer may care about:
 * <ul>
 * <li>The file starts with {@code <!DOCTYPE tmx SYSTEM "tmx14.dtd">}, as the DTD asks and as OmegaT writes
 *     its own TMX. The system id is relative, never a URL, so no reader goes to the network. OmegaT maps
 *     any system id ending in tmx14.dtd to its bundled copy; Okapi turns DTDs off; xmllint warns that it
 *     cannot load the file but validates with {@code --dtdvalid}. A plain JDK DOM or SAX parser with
 *     default settings, however, fails unless tmx14.dtd lies next to the TMX: such a consumer must switch
 *     off the feature {@code http://apache.org/xml/features/nonvalidating/load-external-dtd}.</li>
 * <li>Pairs with one side only are written only when {@link ExportOptions#includeUnpaired()}. A 1-0 pair
 *     gets its source {@code <tuv>} alone, which the DTD allows ({@code tuv+}): an empty target
 *     {@code <seg>} would teach a CAT tool that the translation is empty. A 0-1 pair gets an empty source
 *     {@code <seg>} and its target: Okapi's strict reader rejects the whole file when a unit has no
 *     {@code <tuv>} in the source language, and an empty source matches nothing in a CAT tool.</li>
 * <li>Characters XML 1.0 forbids (control characters, unpaired surrogates) are dropped. Carriage returns
 *     are kept, but XML readers turn them into line feeds.</li>
 * <li>Confidence is written with two decimals, in the ROOT locale (0.93, never 0,93).</li>
 * </ul>
 * The writer uses the JDK's own StAX implementation, whatever else is on the class path, so the output
 * does not change with the deployment. {@link #close()} finishes the document and closes the stream.
 */
public final class TmxWriter extends FilteringPairWriter {

    private static final DateTimeFormatter TMX_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final OutputStream out;
    private final XMLStreamWriter xml;
    private final TmxHeader header;
    private final String where;

    /** Writes to {@code out}, which {@link #close()} closes. */
    public TmxWriter(OutputStream out, TmxHeader header, ExportOptions options) {
        this(out, header, options, "the TMX output");
    }

    /** Writes to {@code file}, replacing it if it exists. */
    public TmxWriter(Path file, TmxHeader header, ExportOptions options) {
        this(ExportFiles.create(file, "TMX file"), header, options, file.toString());
    }

    private TmxWriter(OutputStream out, TmxHeader header, ExportOptions options, String where) {
        super(options, "TMX writer for " + where);
        this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out"), 1 << 16);
        this.header = Objects.requireNonNull(header, "header");
        this.where = where;
        try {
            this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(this.out, "UTF-8");
            writeStart();
        } catch (XMLStreamException e) {
            ExportException failure = failure(e);
            try {
                this.out.close();
            } catch (IOException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
    }

    private void writeStart() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
        xml.writeCharacters("\n");
        xml.writeStartElement("tmx");
        xml.writeAttribute("version", "1.4");
        xml.writeCharacters("\n  ");
        xml.writeStartElement("header");
        xml.writeAttribute("creationtool", clean(header.creationTool()));
        xml.writeAttribute("creationtoolversion", clean(header.creationToolVersion()));
        xml.writeAttribute("segtype", "sentence");
        xml.writeAttribute("o-tmf", "sverka");
        xml.writeAttribute("adminlang", "en");
        xml.writeAttribute("srclang", header.sourceTag());
        xml.writeAttribute("datatype", "plaintext");
        xml.writeAttribute("creationdate", TMX_DATE.format(header.creationDate()));
        if (!header.textName().isEmpty()) {
            xml.writeCharacters("\n    ");
            writeProp("x-text-name", clean(header.textName()));
            xml.writeCharacters("\n  ");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("body");
    }

    @Override
    void writeAccepted(AlignedPair pair) {
        try {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("tu");
            xml.writeAttribute("tuid", Integer.toString(pair.number()));
            writeTuProp("x-confidence", String.format(Locale.ROOT, "%.2f", pair.confidence()));
            writeTuProp("x-pair-type", pair.type());
            writeTuProp("x-status", pair.bead().status().name().toLowerCase(Locale.ROOT));
            writeTuProp("x-pair-number", Integer.toString(pair.number()));
            // Always a source variant: strict readers (Okapi) reject a unit without one.
            writeTuv(header.sourceTag(), pair.bead().sourceCount() > 0 ? pair.sourceText() : "");
            if (pair.bead().targetCount() > 0) {
                writeTuv(header.targetTag(), pair.targetText());
            }
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private void writeTuProp(String type, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        writeProp(type, value);
    }

    private void writeProp(String type, String value) throws XMLStreamException {
        xml.writeStartElement("prop");
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void writeTuv(String languageTag, String text) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("tuv");
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", languageTag);
        xml.writeStartElement("seg");
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    @Override
    void finish() {
        try (out) {
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException | IOException e) {
            throw failure(e);
        }
    }

    private static String clean(String text) {
        return XmlCharacters.keepAllowed(text);
    }

    private ExportException failure(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new ExportException("cannot write TMX to " + where + ": " + cause.getMessage()
                + "; check free disk space and permissions, then export again", e);
    }
}
