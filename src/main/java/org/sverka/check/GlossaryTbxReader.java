package org.sverka.check;

import javax.xml.stream.Location;
import org.sverka.xml.SafeStax;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a glossary from TBX (ISO 30042), the terminology exchange format: TBX 2 and TBX-Basic
 * ({@code martif/text/body/termEntry/langSet/(tig|ntig/termGrp)/term}) and TBX v3
 * ({@code tbx/text/body/conceptEntry/langSec/termSec/term}). Namespaces are ignored, so both TBX v3 styles read.
 * <p>
 * Each concept entry gives one term for every source-language term it has, translated by the entry's first
 * target-language term (its preferred term when one is marked); deprecated and superseded terms are left out
 * on both sides, as are entries without both languages. Languages match by primary subtag: en-US and EN-GB are en.
 * The reader is secure: no DTD is read and no external entity is resolved.
 */
public final class GlossaryTbxReader {
    private static final Set<String> ENTRIES = Set.of("termEntry", "conceptEntry");
    private static final Set<String> LANGUAGE_SECTIONS = Set.of("langSet", "langSec");
    private static final Set<String> TERM_SECTIONS = Set.of("tig", "ntig", "termSec");
    private static final Set<String> ROOTS = Set.of("martif", "tbx");
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    private final Locale source;
    private final Locale target;

    /** A reader for the terms of {@code source} translated into {@code target}. */
    public GlossaryTbxReader(Locale source, Locale target) {
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
    }

    public Glossary read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new GlossaryFormatException("Cannot read the glossary " + file + ": " + e.getMessage()
                    + ". Check that the file exists and is readable.", e);
        }
    }

    /** Reads TBX from {@code in}; {@code name} names the file in messages. */
    public Glossary read(InputStream in, String name) {
        XMLStreamReader xml = null;
        try {
            xml = SafeStax.inputFactory(true).createXMLStreamReader(in);
            return read(xml, name);
        } catch (XMLStreamException e) {
            throw new GlossaryFormatException("Glossary " + name + " is not well-formed TBX" + where(e.getLocation()) + ": "
                    + SafeStax.parserMessage(e) + ". Check that it is complete, well-formed XML (DTDs and their entities are not read).", e);
        } finally {
            SafeStax.close(xml, e -> new GlossaryFormatException("Cannot close the glossary reader: " + e.getMessage(), e));
        }
    }

    private Glossary read(XMLStreamReader xml, String name) throws XMLStreamException {
        String root = null;
        List<Glossary.Term> terms = new ArrayList<>();
        Set<String> languages = new LinkedHashSet<>();
        int entries = 0;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = xml.getLocalName();
            if (root == null) {
                root = element;
                if (!ROOTS.contains(root)) {
                    throw new GlossaryFormatException("Glossary " + name + " is not TBX: its root element is <" + root
                            + ">, expected <martif> (TBX 2) or <tbx> (TBX 3).");
                }
            } else if (ENTRIES.contains(element)) {
                entries++;
                Entry entry = entry(xml, name);
                languages.addAll(entry.languages());
                terms.addAll(entry.terms());
            }
        }
        if (root == null) {
            throw new GlossaryFormatException("Glossary " + name + " is empty: expected a TBX document.");
        }
        if (entries > 0 && terms.isEmpty()) {
            throw new GlossaryFormatException("Glossary " + name + " has " + entries + " entries but none with both a "
                    + source.getLanguage() + " and a " + target.getLanguage() + " term; its languages are "
                    + String.join(", ", languages) + ". Check the text's languages or the file's xml:lang attributes.");
        }
        return new Glossary(terms);
    }

    /** The terms of one concept entry, and the languages it has. */
    private record Entry(List<Glossary.Term> terms, Set<String> languages) { }

    /** Reads one termEntry / conceptEntry, the reader standing on its start tag; leaves it on the end tag. */
    private Entry entry(XMLStreamReader xml, String name) throws XMLStreamException {
        List<String> sourceTerms = new ArrayList<>();
        List<String> targetTerms = new ArrayList<>();
        Set<String> languages = new LinkedHashSet<>();
        String language = null;
        String term = null;
        boolean preferred = false;
        boolean retired = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String element = xml.getLocalName();
                if (LANGUAGE_SECTIONS.contains(element)) {
                    language = language(xml, element, name);
                    languages.add(language);
                } else if (TERM_SECTIONS.contains(element)) {
                    term = null;
                    preferred = false;
                    retired = false;
                } else if (element.equals("term")) {
                    if (language == null) {
                        throw new GlossaryFormatException("Glossary " + name + where(xml.getLocation())
                                + ": a <term> outside any <langSet> or <langSec>; each term needs a language section.");
                    }
                    term = text(xml, name);
                    depth--;
                } else if (element.equals("termNote") && "administrativeStatus".equals(xml.getAttributeValue(null, "type"))
                        || element.equals("administrativeStatus")) {
                    String status = xml.getElementText().strip();
                    depth--;
                    preferred |= status.startsWith("preferredTerm");
                    retired |= status.startsWith("deprecatedTerm") || status.startsWith("supersededTerm");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String element = xml.getLocalName();
                if (TERM_SECTIONS.contains(element) && term != null && !retired) {
                    List<String> terms = language.equals(source.getLanguage()) ? sourceTerms
                            : language.equals(target.getLanguage()) ? targetTerms : null;
                    if (terms != null) {
                        terms.add(preferred ? 0 : terms.size(), term);
                    }
                } else if (LANGUAGE_SECTIONS.contains(element)) {
                    language = null;
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new GlossaryFormatException("Glossary " + name + " ends inside a concept entry; the file is cut off.");
            }
        }
        List<Glossary.Term> terms = new ArrayList<>();
        if (!targetTerms.isEmpty()) {
            for (String sourceTerm : sourceTerms) {
                terms.add(new Glossary.Term(sourceTerm, targetTerms.get(0)));
            }
        }
        return new Entry(terms, languages);
    }

    /** The primary language subtag of a language section, lower case: EN-GB is en. */
    private static String language(XMLStreamReader xml, String element, String name) {
        String tag = xml.getAttributeValue(XML_NAMESPACE, "lang");
        if (tag == null || tag.isBlank()) {
            throw new GlossaryFormatException("Glossary " + name + where(xml.getLocation()) + ": <" + element
                    + "> has no xml:lang attribute; every language section must name its language (xml:lang=\"en\").");
        }
        return Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage().toLowerCase(Locale.ROOT);
    }

    /** The whole text of a term, inline markup included (a <hi> inside a term), spaces collapsed. */
    private static String text(XMLStreamReader xml, String name) throws XMLStreamException {
        Location at = xml.getLocation();
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new GlossaryFormatException("Glossary " + name + where(xml.getLocation()) + ": the entity &"
                        + xml.getLocalName() + "; is not resolved (DTDs and entities are not read); write the character itself.");
            }
        }
        String term = text.toString().strip().replaceAll("\\s+", " ");
        if (term.isEmpty()) {
            throw new GlossaryFormatException("Glossary " + name + where(at) + ": an empty <term>.");
        }
        return term;
    }

    private static String where(Location location) {
        return location == null || location.getLineNumber() < 0 ? ""
                : ", line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }
}
