package org.sverka.importer;

import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import org.sverka.xml.SafeStax;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a FictionBook 2 book (the XML format most Russian e-books come in) into paragraphs, streaming with
 * StAX. Only the text of the book counts: the {@code description} (title page metadata, annotation),
 * {@code binary} (base64 pictures, often megabytes) and {@code stylesheet} are skipped, and so are the
 * footnote bodies ({@code <body name="notes">} or {@code "comments"}) with the note references in the text
 * ({@code <a type="note">}). Notes are left out rather than put at the end because the two editions' notes
 * seldom match (a translation adds its own, "Прим. перев.") and, all gathered after the last chapter, they
 * would be aligned far from the sentences they explain.
 * <p>
 * The encoding comes from the XML declaration (windows-1251 and UTF-8 are the usual ones). The reader is
 * secure: a DOCTYPE is refused (FB2 has none), so no DTD is read and no entity is expanded.
 */
final class Fb2Reader {
    static final String ROOT = "FictionBook";
    private static final Set<String> SKIPPED = Set.of("description", "binary", "stylesheet");
    private static final Set<String> NOTE_BODIES = Set.of("notes", "comments");

    private final int maxChars;
    private final XMLInputFactory factory;

    Fb2Reader(int maxChars) {
        this.maxChars = maxChars;
        this.factory = SafeStax.inputFactory(true);
    }

    /**
     * @throws UnreadableDocumentException when {@code in} is not well-formed XML, not FB2, has a DOCTYPE, or
     *                                     holds more text than the limit
     */
    ExtractedText read(InputStream in, String fileName) {
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            Fb2Paragraphs paragraphs = new Fb2Paragraphs(maxChars);
            readBook(xml, fileName, paragraphs);
            String declared = xml.getCharacterEncodingScheme();
            String encoding = declared != null ? declared : xml.getEncoding() != null ? xml.getEncoding() : "UTF-8";
            return new ExtractedText(paragraphs.paragraphs(), encoding.toLowerCase(Locale.ROOT));
        } catch (XMLStreamException e) {
            throw malformed(fileName, e);
        } finally {
            SafeStax.close(xml, e -> new UnreadableDocumentException("could not close the FB2 reader: " + e.getMessage(), e));
        }
    }

    private void readBook(XMLStreamReader xml, String fileName, Fb2Paragraphs paragraphs) throws XMLStreamException {
        boolean rootSeen = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new UnreadableDocumentException(fileName + " has a DOCTYPE, which FB2 books never have:"
                        + " sverka reads no DTDs and expands no entities from one, for safety. Remove the <!DOCTYPE"
                        + " ...> declaration, or convert the book again (Calibre, FBE).");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if (!rootSeen) {
                    requireRoot(xml, fileName);
                    rootSeen = true;
                } else if (skipped(xml, element)) {
                    skipElement(xml);
                } else {
                    paragraphs.start(element);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                paragraphs.end(xml.getLocalName());
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && rootSeen && !paragraphs.text(xml.getText())) {
                throw new UnreadableDocumentException(String.format(Locale.ROOT, "%s has more than %,d characters"
                        + " of text, over the import limit. Split the document into parts and import them one by one.",
                        fileName, maxChars));
            }
        }
        if (!rootSeen) {
            throw new UnreadableDocumentException(fileName + " is not an FB2 book: it holds no XML element."
                    + " Check that this is the right file.");
        }
    }

    private static void requireRoot(XMLStreamReader xml, String fileName) {
        if (!xml.getLocalName().equals(ROOT)) {
            throw new UnreadableDocumentException(fileName + " is not an FB2 book: its root element is <"
                    + xml.getLocalName() + ">, not <" + ROOT + ">. Check that this is the right file.");
        }
    }

    private static boolean skipped(XMLStreamReader xml, String element) {
        return SKIPPED.contains(element)
                || (element.equals("body") && NOTE_BODIES.contains(attribute(xml, "name")))
                || (element.equals("a") && attribute(xml, "type").equals("note"));
    }

    private static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i).strip().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** Reads past the element the reader stands on, without keeping its content (a binary can be megabytes). */
    private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static UnreadableDocumentException malformed(String fileName, XMLStreamException e) {
        Location at = e.getLocation();
        String where = at != null && at.getLineNumber() > 0
                ? " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")" : "";
        String said = parserMessage(e);
        String advice = said.contains("was referenced, but not declared")
                ? "FB2 allows only the entities &lt; &gt; &amp; &quot; &apos; and numeric ones; replace the others"
                + " with the characters they stand for, or convert the book again"
                : "the file may be damaged or truncated; open it in an e-book editor (Calibre, FBE) and save it again";
        return new UnreadableDocumentException(fileName + " is not well-formed FB2 (XML)" + where + ": " + said
                + ". " + Character.toUpperCase(advice.charAt(0)) + advice.substring(1) + ".", e);
    }

    private static String parserMessage(XMLStreamException e) {
        String said = SafeStax.parserMessage(e);
        return said.length() > 200 ? said.substring(0, 200) + "..." : said;
    }
}
