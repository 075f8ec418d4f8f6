package org.sverka.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a multi-page PDF the way a word processor lays out a report: a running header (title and date) on
 * every page, a footer with the page number, text in a narrow justified-width column with words hyphenated at
 * line ends (every fourth break with a soft hyphen), paragraphs separated by a blank line and running on
 * across page breaks. The font is the Liberation Sans that PDFBox ships in its jar, so Cyrillic works on any
 * machine with only a JDK and Maven.
 */
final class LaidOutPdf {
    static final String BUNDLED_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float FONT_SIZE = 10;
    private static final float LEADING = 13;
    private static final float MARGIN = 50;
    private static final PDRectangle PAGE = PDRectangle.A5;
    private static final float BODY_TOP = PAGE.getHeight() - 80;
    private static final float BODY_BOTTOM = 70;
    private static final int LINES_PER_PAGE = (int) ((BODY_TOP - BODY_BOTTOM) / LEADING) + 1;

    /** The running header lines and the footer as a format of (page, pages), e.g. "Page %d of %d" or "– %d –". */
    record Layout(List<String> header, String footer) {
    }

    /**
     * What was drawn: pages; words split at a line end with an inserted hyphen ({@code hyphenBreaks}, of them
     * {@code softHyphenBreaks} with a soft hyphen); compounds broken after their own hyphen.
     */
    record Written(Path file, int pages, int hyphenBreaks, int softHyphenBreaks, int compoundBreaks) {
    }

    private final PDFont font;
    private int hyphenBreaks;
    private int softHyphenBreaks;
    private int compoundBreaks;

    private LaidOutPdf(PDFont font) {
        this.font = font;
    }

    static Written write(Path file, List<String> paragraphs, Layout layout) throws IOException {
        try (PDDocument document = new PDDocument(); InputStream ttf = LaidOutPdf.class.getResourceAsStream(BUNDLED_FONT)) {
            LaidOutPdf writer = new LaidOutPdf(PDType0Font.load(document, ttf));
            List<List<String>> pages = writer.paginate(paragraphs);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = PAGE.getHeight() - 40;
                    for (String line : layout.header()) {
                        writer.draw(content, line, y);
                        y -= LEADING;
                    }
                    y = BODY_TOP;
                    for (String line : pages.get(p)) {
                        writer.draw(content, line, y);
                        y -= LEADING;
                    }
                    writer.draw(content, String.format(Locale.ROOT, layout.footer(), p + 1, pages.size()), 40);
                }
            }
            document.save(file.toFile());
            return new Written(file, pages.size(), writer.hyphenBreaks, writer.softHyphenBreaks, writer.compoundBreaks);
        }
    }

    private void draw(PDPageContentStream content, String line, float y) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, FONT_SIZE);
        content.newLineAtOffset(MARGIN, y);
        content.showText(line);
        content.endText();
    }

    /** Body lines page by page; an empty line is the blank line between two paragraphs. */
    private List<List<String>> paginate(List<String> paragraphs) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (!page.isEmpty() && page.size() < LINES_PER_PAGE) {
                page.add("");
            }
            for (String line : wrap(paragraph)) {
                if (page.size() >= LINES_PER_PAGE) {
                    pages.add(page);
                    page = new ArrayList<>();
                }
                page.add(line);
            }
        }
        pages.add(page);
        return pages;
    }

    private List<String> wrap(String paragraph) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate) <= width || line.isEmpty()) {
                line = candidate;
                continue;
            }
            int split = split(line + " ", word, width);
            if (split > 0) {
                boolean ownHyphen = word.charAt(split - 1) == '-';
                String mark = ownHyphen ? "" : ++hyphenBreaks % 4 == 0 ? "\u00AD" : "-";
                softHyphenBreaks += mark.equals("\u00AD") ? 1 : 0;
                compoundBreaks += ownHyphen ? 1 : 0;
                lines.add(line + " " + word.substring(0, split) + mark);
                line = word.substring(split);
            } else {
                lines.add(line);
                line = word;
            }
        }
        lines.add(line);
        return lines;
    }

    /** The longest head of {@code word} that still fits after {@code line} with its hyphen; 0 if none does. */
    private int split(String line, String word, float width) throws IOException {
        for (int k = word.length() - 3; k >= 3; k--) {
            boolean ownHyphen = word.charAt(k - 1) == '-' && Character.isLetter(word.charAt(k));
            // Like a hyphenation dictionary, never between a lower-case letter and a capital ("LiverpoolFC").
            boolean between = Character.isLetter(word.charAt(k - 1)) && Character.isLowerCase(word.charAt(k))
                    && Character.isLetter(word.charAt(k - 2)) && Character.isLetter(word.charAt(k + 1));
            if ((ownHyphen || between) && width(line + word.substring(0, k) + (ownHyphen ? "" : "-")) <= width) {
                return k;
            }
        }
        return 0;
    }

    private float width(String text) throws IOException {
        return font.getStringWidth(text) / 1000 * FONT_SIZE;
    }
}
