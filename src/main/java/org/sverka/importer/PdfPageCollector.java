package org.sverka.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML for a PDF as pages of blocks of lines, keeping what {@link ParagraphCollector} throws
 * away: where each page starts ({@code <div class="page">}) and where each line ends (a newline inside a
 * {@code <p>}), since headers, footers and words hyphenated at line ends can only be found with them.
 */
final class PdfPageCollector extends DefaultHandler {
    private final int maxChars;
    private final List<PdfPage> pages = new ArrayList<>();
    private final List<PdfBlock> blocks = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final Deque<Boolean> openDivs = new ArrayDeque<>();
    private long charsSeen;
    private int bodyDepth;
    private boolean inPage;

    PdfPageCollector(int maxChars) {
        this.maxChars = maxChars;
    }

    /** The pages seen so far; text outside every page comes last, as one page that is not laid out. */
    List<PdfPage> pages() {
        endBlock();
        List<PdfPage> all = new ArrayList<>(pages);
        if (!blocks.isEmpty()) {
            all.add(new PdfPage(blocks, inPage));
        }
        return List.copyOf(all);
    }

    /** The document's paragraphs, cleaned of page furniture and line-end hyphens. */
    List<String> paragraphs() {
        return result().paragraphs();
    }

    /** The paragraphs and what was done to the layout to get them. */
    PdfParagraphs.Result result() {
        return PdfParagraphs.from(pages());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        if (name.equals("body")) {
            bodyDepth++;
        } else if (name.equals("br")) {
            endLine();
        } else if (name.equals("div")) {
            boolean page = "page".equals(attributes.getValue("class"));
            openDivs.push(page);
            if (page) {
                endPage(false);
                inPage = true;
            } else {
                endBlock();
            }
        } else if (!ParagraphCollector.INLINE.contains(name)) {
            endBlock();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (name.equals("body")) {
            bodyDepth--;
        } else if (name.equals("div")) {
            if (!openDivs.isEmpty() && openDivs.pop()) {
                endPage(true);
                inPage = false;
            } else {
                endBlock();
            }
        } else if (!name.equals("br") && !ParagraphCollector.INLINE.contains(name)) {
            endBlock();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (bodyDepth == 0) {
            return;
        }
        charsSeen += length;
        if (charsSeen > maxChars) {
            throw new WriteLimitReachedException(maxChars);
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c == '\n' || c == '\r') {
                endLine();
            } else {
                line.append(c);
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void endLine() {
        String text = line.toString().strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }

    private void endBlock() {
        endLine();
        if (!lines.isEmpty()) {
            blocks.add(new PdfBlock(lines));
            lines.clear();
        }
    }

    /** Closes the blocks gathered so far as a page; {@code laidOut} says whether they sat on a real page. */
    private void endPage(boolean laidOut) {
        endBlock();
        if (laidOut || !blocks.isEmpty()) {
            pages.add(new PdfPage(blocks, laidOut));
        }
        blocks.clear();
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }
}
