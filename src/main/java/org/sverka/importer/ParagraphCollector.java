package org.sverka.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Cuts Tika's XHTML events into paragraphs. Every element that is not inline (p, h1-h6, li, td, th, div,
 * blockquote, pre, ...) starts and ends a paragraph; two or more {@code <br>} in a row also end one, while a
 * single {@code <br>} is a line break inside a paragraph and becomes a space. Inside {@code <pre>} each line
 * is a paragraph. Only the body counts: the title and other head elements are metadata, not text, and
 * {@code <nav>} (menus, tables of contents) is not the document's text either.
 */
final class ParagraphCollector extends DefaultHandler {
    static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data",
            "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span",
            "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");
    // <nav> is a table of contents or a menu: an EPUB 3 book's navigation document lists every heading again.
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template", "nav");

    private final int maxChars;
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private long charsSeen;
    private int bodyDepth;
    private int skipDepth;
    private int preDepth;
    private int pendingBreaks;

    ParagraphCollector(int maxChars) {
        this.maxChars = maxChars;
    }

    /** The non-empty, normalised paragraphs seen so far. */
    List<String> paragraphs() {
        cut();
        return List.copyOf(paragraphs);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        if (name.equals("body")) {
            bodyDepth++;
        } else if (SKIPPED.contains(name)) {
            skipDepth++;
        } else if (name.equals("br")) {
            pendingBreaks++;
        } else if (!INLINE.contains(name) && !name.equals("html")) {
            cut();
            if (name.equals("pre")) {
                preDepth++;
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (name.equals("body")) {
            cut();
            bodyDepth--;
        } else if (SKIPPED.contains(name)) {
            skipDepth--;
        } else if (!name.equals("br") && !INLINE.contains(name) && !name.equals("html")) {
            cut();
            if (name.equals("pre")) {
                preDepth--;
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (bodyDepth == 0 || skipDepth > 0) {
            return;
        }
        charsSeen += length;
        if (charsSeen > maxChars) {
            throw new WriteLimitReachedException(maxChars);
        }
        for (int i = start; i < start + length; i++) {
            append(ch[i]);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void append(char c) {
        boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
        if (preDepth > 0 && (c == '\n' || c == '\r')) {
            cut();
            return;
        }
        if (!space && pendingBreaks > 0) {
            if (pendingBreaks >= 2) {
                cut();
            } else {
                current.append(' ');
            }
            pendingBreaks = 0;
        }
        current.append(c);
    }

    private void cut() {
        String text = ParagraphTextNormaliser.normalise(current);
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        current.setLength(0);
        pendingBreaks = 0;
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(java.util.Locale.ROOT);
    }
}
