package org.sverka.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.sverka.model.AlignedPair;

/**
 * Streams aligned pairs into a Word document (DOCX) as a bilingual table, the form editors and translation
 * checkers review in a word processor: a landscape page, one row a pair (number, source, target, and the
 * pair's type, confidence and status), a header row repeated on every page, and each text column marked
 * with its language so that the word processor spell-checks it in that language.
 * <p>
 * Written by hand with StAX into the zip container, because the libraries that write DOCX (Apache POI's
 * XWPF, docx4j) hold the whole document in memory: 100,000 pairs took POI 610 MB. Only the three parts a
 * document needs are written: the content types, the package relationship and the document itself.
 */
public final class DocxTableWriter extends FilteringPairWriter {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>
            """;
    private static final String PACKAGE_RELATIONSHIPS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>
            """;
    /** A4 landscape in twentieths of a point, with 2 cm margins. */
    private static final int PAGE_WIDTH = 16838;
    private static final int PAGE_HEIGHT = 11906;
    private static final int MARGIN = 1134;
    private static final int NUMBER_WIDTH = 700;
    private static final int INFO_WIDTH = 1500;
    private static final int TEXT_WIDTH = (PAGE_WIDTH - 2 * MARGIN - NUMBER_WIDTH - INFO_WIDTH) / 2;

    private final ZipOutputStream zip;
    private final XMLStreamWriter xml;
    private final String where;
    private final String sourceTag;
    private final String targetTag;

    /** Writes to {@code out}, which {@link #close()} closes; the text columns are headed by the two languages. */
    public DocxTableWriter(OutputStream out, ExportOptions options, Locale sourceLanguage, Locale targetLanguage) {
        this(out, options, sourceLanguage, targetLanguage, "the DOCX output");
    }

    /** Writes to {@code file}, replacing it if it exists. */
    public DocxTableWriter(Path file, ExportOptions options, Locale sourceLanguage, Locale targetLanguage) {
        this(ExportFiles.create(file, "DOCX file"), options, sourceLanguage, targetLanguage, file.toString());
    }

    private DocxTableWriter(OutputStream out, ExportOptions options, Locale sourceLanguage, Locale targetLanguage, String where) {
        super(options, "DOCX writer for " + where);
        this.where = where;
        this.zip = new ZipOutputStream(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
        this.sourceTag = sourceLanguage.toLanguageTag();
        this.targetTag = targetLanguage.toLanguageTag();
        try {
            part("[Content_Types].xml", CONTENT_TYPES);
            part("_rels/.rels", PACKAGE_RELATIONSHIPS);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            // closing the XML writer leaves the zip stream open (StAX never closes the stream it writes to)
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(zip, "UTF-8");
            startDocument();
            row(new String[]{"#", ColumnHeadings.of(sourceLanguage), ColumnHeadings.of(targetLanguage), "pair"}, true);
        } catch (IOException | XMLStreamException e) {
            throw failure(e);
        }
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private void startDocument() throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setPrefix("w", W);
        xml.writeStartElement(W, "document");
        xml.writeNamespace("w", W);
        xml.writeStartElement(W, "body");
        xml.writeStartElement(W, "tbl");
        xml.writeStartElement(W, "tblPr");
        value("tblW", "w", "5000", "type", "pct");
        xml.writeStartElement(W, "tblBorders");
        for (String edge : new String[]{"top", "left", "bottom", "right", "insideH", "insideV"}) {
            value(edge, "val", "single", "sz", "4", "space", "0", "color", "999999");
        }
        xml.writeEndElement();
        value("tblLayout", "type", "fixed");
        xml.writeEndElement();
        xml.writeStartElement(W, "tblGrid");
        for (int width : new int[]{NUMBER_WIDTH, TEXT_WIDTH, TEXT_WIDTH, INFO_WIDTH}) {
            value("gridCol", "w", Integer.toString(width));
        }
        xml.writeEndElement();
    }

    /** An empty element with attributes given as name, value, name, value... */
    private void value(String element, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement(W, element);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(W, attributes[i], attributes[i + 1]);
        }
    }

    @Override
    void writeAccepted(AlignedPair pair) {
        String info = pair.type() + ", " + String.format(Locale.ROOT, "%.2f", pair.confidence()) + ", "
                + pair.bead().status().name().toLowerCase(Locale.ROOT);
        try {
            row(new String[]{Integer.toString(pair.number()), pair.sourceText(), pair.targetText(), info}, false);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private void row(String[] cells, boolean header) throws XMLStreamException {
        xml.writeStartElement(W, "tr");
        if (header) {
            xml.writeStartElement(W, "trPr");
            value("tblHeader");
            xml.writeEndElement();
        }
        int[] widths = {NUMBER_WIDTH, TEXT_WIDTH, TEXT_WIDTH, INFO_WIDTH};
        String[] languages = {null, sourceTag, targetTag, null};
        for (int i = 0; i < 4; i++) {
            xml.writeStartElement(W, "tc");
            xml.writeStartElement(W, "tcPr");
            value("tcW", "w", Integer.toString(widths[i]), "type", "dxa");
            xml.writeEndElement();
            paragraph(cells[i], header ? null : languages[i], header);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    /**
     * One paragraph holding {@code text}; its line breaks become breaks and its tabs tabs, as typed. LibreOffice 7.4
     * shows U+2028, U+2029 and U+0085 inside a run as nothing, gluing the words on either side, so they break too.
     */
    private void paragraph(String text, String language, boolean bold) throws XMLStreamException {
        xml.writeStartElement(W, "p");
        xml.writeStartElement(W, "r");
        if (language != null || bold) {
            xml.writeStartElement(W, "rPr");
            if (bold) {
                value("b");
            }
            if (language != null) {
                value("lang", "val", language);
            }
            xml.writeEndElement();
        }
        String allowed = XmlCharacters.keepAllowed(text).replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u2028', '\n').replace('\u2029', '\n').replace('\u0085', '\n');
        int start = 0;
        for (int i = 0; i <= allowed.length(); i++) {
            char c = i < allowed.length() ? allowed.charAt(i) : '\n';
            if (c == '\n' || c == '\t') {
                if (i > start) {
                    xml.writeStartElement(W, "t");
                    xml.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "space", "preserve");
                    xml.writeCharacters(allowed.substring(start, i));
                    xml.writeEndElement();
                }
                if (i < allowed.length()) {
                    value(c == '\n' ? "br" : "tab");
                }
                start = i + 1;
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    @Override
    void finish() {
        try (ZipOutputStream container = zip) {
            xml.writeEndElement();
            // a table must be followed by a paragraph before the section ends
            xml.writeEmptyElement(W, "p");
            xml.writeStartElement(W, "sectPr");
            value("pgSz", "w", Integer.toString(PAGE_WIDTH), "h", Integer.toString(PAGE_HEIGHT), "orient", "landscape");
            String margin = Integer.toString(MARGIN);
            value("pgMar", "top", margin, "right", margin, "bottom", margin, "left", margin,
                    "header", "709", "footer", "709", "gutter", "0");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            container.closeEntry();
        } catch (IOException | XMLStreamException e) {
            throw failure(e);
        }
    }

    private ExportException failure(Exception e) {
        return new ExportException("cannot write DOCX to " + where + ": " + e.getMessage()
                + "; check free disk space and permissions, then export again", e);
    }
}
