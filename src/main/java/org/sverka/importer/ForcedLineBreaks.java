package org.sverka.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a PDF block into the paragraphs a producer set with no gap between them (LibreOffice's default, Word's
 * "no spacing"): a line that ends well before the right margin although the next line's first word would have
 * fitted there was broken by hand, so it ends a paragraph or a heading. Widths are estimated from the text
 * ({@link GlyphWidths}); the measure is the block's widest line. Conservative: never after a hyphen (a broken
 * word), never before a line that goes on in lower case, never between a block's first two lines when both are
 * short and end without a sentence's punctuation (a heading in a larger font wrapped over two lines: headings
 * usually have space above, so PDFBox starts a block with them), and never inside a
 * block much narrower than the document's text (a table cell, a narrow column), where short lines are the layout
 * rather than paragraph ends. A line that ends a sentence before a capital or a digit may come closer to the
 * margin. A paragraph whose last line happens to reach the margin stays joined to the next.
 */
final class ForcedLineBreaks {
    // Proportional fonts other than the estimating one err by a few percent: on LibreOffice's NTREX PDFs no line
    // that wrapped naturally came out below 0.96 of the measure.
    private static final float FITS = 0.95f;
    // A line that ends a sentence before a capital or a digit needs less room to spare: on the same PDFs this
    // found 58 more paragraphs of NTREX's 1,997 (English) and split no paragraph of the Kremlin transcript, whose
    // paragraphs run to many sentences; at 1.01 it did.
    private static final float FITS_AFTER_SENTENCE = 0.98f;
    // A block whose widest line is shorter than this share of the document's text width is not running text.
    private static final float NARROW = 0.8f;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final float SPACE = GlyphWidths.of(' ');

    private ForcedLineBreaks() {
    }

    /** The usual width of running text in {@code pages}: the median of each laid-out page's widest line. */
    static float textWidth(List<PdfPage> pages) {
        List<Float> widest = new ArrayList<>();
        for (PdfPage page : pages) {
            float max = 0;
            for (PdfBlock block : page.laidOut() ? page.blocks() : List.<PdfBlock>of()) {
                max = Math.max(max, widest(block));
            }
            if (max > 0) {
                widest.add(max);
            }
        }
        if (widest.isEmpty()) {
            return 0;
        }
        widest.sort(null);
        return widest.get(widest.size() / 2);
    }

    /** {@code block} cut after each line that was broken before the margin; the block itself if there is none. */
    static List<PdfBlock> split(PdfBlock block, float textWidth) {
        float measure = widest(block);
        if (block.lines().size() < 2 || measure < NARROW * textWidth) {
            return List.of(block);
        }
        List<PdfBlock> pieces = new ArrayList<>();
        int from = 0;
        List<String> lines = block.lines();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (brokenBeforeMargin(lines.get(i), lines.get(i + 1), measure)
                    && !(i == 0 && unpunctuated(lines.get(i)) && unpunctuated(lines.get(i + 1))
                            && (lines.size() == 2 || brokenBeforeMargin(lines.get(1), lines.get(2), measure)))) {
                pieces.add(new PdfBlock(block.lines().subList(from, i + 1)));
                from = i + 1;
            }
        }
        if (from == 0) {
            return List.of(block);
        }
        pieces.add(new PdfBlock(block.lines().subList(from, block.lines().size())));
        return pieces;
    }

    private static boolean brokenBeforeMargin(String line, String next, float measure) {
        char end = line.charAt(line.length() - 1);
        if (end == '-' || end == '\u00AD' || end == '\u2010') {
            return false;
        }
        String start = PdfLines.withoutOpening(next);
        if (start.isEmpty() || Character.isLowerCase(start.codePointAt(0))) {
            return false;
        }
        String firstWord = SPACES.split(next, 2)[0];
        int first = start.codePointAt(0);
        float fits = PdfLines.endsSentence(line) && (Character.isUpperCase(first) || Character.isDigit(first))
                ? FITS_AFTER_SENTENCE : FITS;
        return width(line) + SPACE + GlyphWidths.of(firstWord) < fits * measure;
    }

    private static boolean unpunctuated(String line) {
        return !PdfLines.endsSentence(line);
    }

    private static float widest(PdfBlock block) {
        float max = 0;
        for (String line : block.lines()) {
            max = Math.max(max, width(line));
        }
        return max;
    }

    /** The line's width with each run of spaces counted once (PDFBox writes a wide justified gap as several). */
    private static float width(String line) {
        return GlyphWidths.of(SPACES.matcher(line).replaceAll(" "));
    }
}
