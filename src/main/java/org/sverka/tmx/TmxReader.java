package org.sverka.tmx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import org.sverka.xml.SafeStax;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sverka.SverkaException;

/**
 * Reads translation units from a TMX file made by any tool (TMX 1.1 to 1.4b), with StAX.
 * <p>
 * Safe with untrusted files: DTDs and external entities are off, so a DOCTYPE is ignored and an entity
 * it declares (XXE, "billion laughs") is an undeclared entity, reported as {@link MalformedTmxException};
 * nothing is fetched or expanded.
 * <p>
 * Tolerant: header attributes may be missing or unusual; {@code <tuv>} languages match by primary
 * language ("EN", "en-US", "en_GB" are "en", see {@link LanguageMatch}); the deprecated {@code lang}
 * attribute is read when {@code xml:lang} is absent; of several target variants the first is kept;
 * units lacking the source or target (or whose segment is empty) are skipped; inline codes are removed as
 * {@link SegmentText} describes. Each kind of oddity becomes one line of {@link TmxDocument#warnings()},
 * or, with {@link TmxReadOptions#strict()}, an error.
 * The encoding comes from the XML declaration or byte order mark (UTF-8 when neither says).
 */
public final class TmxReader {

    private final TmxReadOptions options;
    private final XMLInputFactory factory;

    public TmxReader() {
        this(new TmxReadOptions());
    }

    public TmxReader(TmxReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.factory = SafeStax.inputFactory(false);
    }

    /** Reads the units of {@code file} whose variants in {@code source} and {@code target} exist. */
    public TmxDocument read(Path file, Locale source, Locale target) {
        Objects.requireNonNull(file, "file");
        if (source.getLanguage().isEmpty() || target.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("source and target need a language code: "
                    + source.toLanguageTag() + ", " + target.toLanguageTag());
        }
        Oddities oddities = new Oddities(file, options.strict());
        List<TmxUnit> units = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader xml = factory.createXMLStreamReader(file.toUri().toString(), in);
            try {
                new Pass(xml, file, new LanguageMatch(source, target), source, target, oddities, units).run();
            } finally {
                xml.close();
            }
        } catch (NoSuchFileException e) {
            throw new SverkaException("TMX file " + file + " does not exist; check the path", e);
        } catch (IOException e) {
            throw new SverkaException("cannot read TMX file " + file + ": " + e.getMessage()
                    + "; check that it is a readable file", e);
        } catch (XMLStreamException e) {
            throw XmlErrors.malformed(file, e);
        }
        return new TmxDocument(source, target, units, oddities.warnings());
    }

    /** One reading of one file. */
    private record Pass(XMLStreamReader xml, Path file, LanguageMatch languages, Locale source, Locale target,
                        Oddities oddities, List<TmxUnit> units) {

        void run() throws XMLStreamException {
            nextTag();
            if (!xml.getLocalName().equals("tmx")) {
                Location at = xml.getLocation();
                throw new MalformedTmxException("file " + file + " is not TMX: its root element is <"
                        + xml.getLocalName() + ">, not <tmx>; choose a .tmx file", at.getLineNumber(),
                        at.getColumnNumber());
            }
            boolean headerSeen = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "header" -> {
                        headerSeen = true;
                        readHeader();
                    }
                    case "body" -> {
                        if (!headerSeen) {
                            odd(Oddities.Kind.NO_HEADER, "");
                            headerSeen = true;
                        }
                    }
                    case "tu" -> readUnit();
                    default -> SegmentText.skipElement(xml);
                }
            }
        }

        private void readHeader() throws XMLStreamException {
            String srclang = xml.getAttributeValue(null, "srclang");
            if (srclang != null && !srclang.equalsIgnoreCase("*all*")
                    && languages.sideOf(srclang) != LanguageMatch.Side.SOURCE) {
                odd(Oddities.Kind.SOURCE_LANGUAGE, srclang);
            }
            SegmentText.skipElement(xml);
        }

        private void readUnit() throws XMLStreamException {
            int line = xml.getLocation().getLineNumber();
            int column = xml.getLocation().getColumnNumber();
            Map<String, String> props = new LinkedHashMap<>();
            List<String> sources = new ArrayList<>();
            List<String> targets = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "prop" -> {
                        String type = Objects.requireNonNullElse(xml.getAttributeValue(null, "type"), "");
                        props.putIfAbsent(type, xml.getElementText());
                    }
                    case "tuv" -> readVariant(sources, targets);
                    default -> SegmentText.skipElement(xml);
                }
            }
            sources.removeIf(String::isBlank);
            targets.removeIf(String::isBlank);
            if (sources.isEmpty()) {
                oddities.add(Oddities.Kind.NO_SOURCE, line, column, source.toLanguageTag());
            } else if (targets.isEmpty()) {
                oddities.add(Oddities.Kind.NO_TARGET, line, column, target.toLanguageTag());
            } else {
                if (sources.size() > 1) {
                    oddities.add(Oddities.Kind.SEVERAL_SOURCES, line, column, source.toLanguageTag());
                }
                if (targets.size() > 1) {
                    oddities.add(Oddities.Kind.SEVERAL_TARGETS, line, column, target.toLanguageTag());
                }
                units.add(new TmxUnit(sources.get(0), targets.get(0), props));
            }
        }

        private void readVariant(List<String> sources, List<String> targets) throws XMLStreamException {
            String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            if (lang == null) {
                lang = xml.getAttributeValue(null, "lang");
            }
            if (lang == null) {
                odd(Oddities.Kind.NO_LANGUAGE, "");
            }
            LanguageMatch.Side side = lang == null ? LanguageMatch.Side.OTHER : languages.sideOf(lang);
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("seg") && side != LanguageMatch.Side.OTHER) {
                    String text = SegmentText.read(xml, oddities);
                    (side == LanguageMatch.Side.SOURCE ? sources : targets).add(text);
                } else {
                    SegmentText.skipElement(xml);
                }
            }
        }

        /** Like {@link XMLStreamReader#nextTag()}, but stray text between elements is skipped, not an error. */
        private int nextTag() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                    return event;
                }
            }
            throw new XMLStreamException("Premature end of file.", xml.getLocation());
        }

        private void odd(Oddities.Kind kind, String detail) {
            oddities.add(kind, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber(), detail);
        }
    }
}
