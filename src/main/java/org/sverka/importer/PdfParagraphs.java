package org.sverka.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the pages of a PDF into the paragraphs sverka stores: drops running headers, footers and page numbers
 * ({@link PageFurniture}), splits blocks whose paragraphs were set with no gap between them
 * ({@link ForcedLineBreaks}), joins a paragraph that a page break cut in two (see {@link #continues}), and joins
 * each paragraph's lines ({@link LineEndHyphenJoiner}).
 */
final class PdfParagraphs {
    // A line this close to the page's usual line length ran to the margin: its paragraph goes on.
    private static final double FULL_LINE = 0.8;

    /** The paragraphs, and what was done to get them (for reports and measurements). */
    record Result(List<String> paragraphs, List<String> droppedFurniture, int rejoinedWords, int joinedAcrossPages,
            int splitAtShortLines) {
        Result {
            paragraphs = List.copyOf(paragraphs);
            droppedFurniture = List.copyOf(droppedFurniture);
        }

        /**
         * What a user should know was taken out or joined: the page furniture dropped (with an example, since a
         * short text's repeated line can be taken for a running head) and the words rejoined.
         */
        List<String> notes() {
            List<String> notes = new ArrayList<>();
            if (!droppedFurniture.isEmpty()) {
                String example = droppedFurniture.get(0);
                notes.add(String.format(Locale.ROOT, "dropped %d running head%s, footer%s or page number%s, such as \"%s\"",
                        droppedFurniture.size(), plural(droppedFurniture.size()), plural(droppedFurniture.size()),
                        plural(droppedFurniture.size()), example.length() > 60 ? example.substring(0, 60) + "..." : example));
            }
            if (rejoinedWords > 0) {
                notes.add(String.format(Locale.ROOT, "rejoined %d word%s hyphenated at line ends", rejoinedWords, plural(rejoinedWords)));
            }
            return notes;
        }

        private static String plural(int count) {
            return count == 1 ? "" : "s";
        }
    }

    private PdfParagraphs() {
    }

    static Result from(List<PdfPage> pages) {
        PageFurniture.Stripped stripped = PageFurniture.strip(pages);
        List<PdfBlock> blocks = new ArrayList<>();
        int acrossPages = 0;
        boolean previousPageLaidOut = false;
        double fullLine = Double.MAX_VALUE;
        float textWidth = ForcedLineBreaks.textWidth(stripped.pages());
        int splitByWidth = 0;
        for (PdfPage page : stripped.pages()) {
            List<PdfBlock> onPage = new ArrayList<>();
            for (PdfBlock block : page.blocks()) {
                onPage.addAll(ForcedLineBreaks.split(block, textWidth));
            }
            splitByWidth += onPage.size() - page.blocks().size();
            int first = 0;
            if (previousPageLaidOut && page.laidOut() && !onPage.isEmpty() && !blocks.isEmpty()
                    && continues(blocks.get(blocks.size() - 1), onPage.get(0), fullLine)) {
                blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1).followedBy(onPage.get(0)));
                acrossPages++;
                first = 1;
            }
            blocks.addAll(onPage.subList(first, onPage.size()));
            previousPageLaidOut = page.laidOut() && !onPage.isEmpty();
            fullLine = usualLineLength(onPage) * FULL_LINE;
        }
        LineEndHyphenJoiner joiner = LineEndHyphenJoiner.forDocument(blocks);
        List<String> paragraphs = new ArrayList<>(blocks.size());
        int rejoined = 0;
        for (PdfBlock block : blocks) {
            LineEndHyphenJoiner.Joined joined = joiner.join(block);
            rejoined += joined.rejoinedWords();
            String text = ParagraphTextNormaliser.normalise(joined.text());
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return new Result(paragraphs, stripped.dropped(), rejoined, acrossPages, splitByWidth);
    }

    /**
     * Whether {@code next}, first on its page, goes on with the paragraph that {@code previous} left open at the
     * foot of the page before: it did not end a sentence, and either {@code next} starts in lower case or
     * {@code previous} ran its last line to the margin ({@code fullLine} characters or more).
     */
    private static boolean continues(PdfBlock previous, PdfBlock next, double fullLine) {
        String end = previous.lines().get(previous.lines().size() - 1);
        if (PdfLines.endsSentence(end)) {
            return false;
        }
        String start = PdfLines.withoutOpening(next.lines().get(0));
        return !start.isEmpty() && Character.isLowerCase(start.codePointAt(0)) || end.length() >= fullLine;
    }

    /** The median length of the lines on a page that are not the last of their paragraph, i.e. ran full width. */
    private static double usualLineLength(List<PdfBlock> blocks) {
        List<Integer> lengths = new ArrayList<>();
        for (PdfBlock block : blocks) {
            for (String line : block.lines().subList(0, block.lines().size() - 1)) {
                lengths.add(line.length());
            }
        }
        if (lengths.isEmpty()) {
            return Double.MAX_VALUE;
        }
        lengths.sort(null);
        return lengths.get(lengths.size() / 2);
    }
}
