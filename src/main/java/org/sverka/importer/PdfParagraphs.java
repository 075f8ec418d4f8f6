package org.sverka.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the pages of a PDF into the paragraphs sverka stores: drops running headers, footers and page numbers
 * ({@link PageFurniture}), joins a paragraph that a page break cut in two when the next page goes on in lower
 * case after a paragraph that did not end a sentence, and joins each paragraph's lines
 * ({@link LineEndHyphenJoiner}).
 */
final class PdfParagraphs {
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…:;][\\p{Pf}\\p{Pe}\"']*$");

    /** The paragraphs, and what was done to get them (for reports and measurements). */
    record Result(List<String> paragraphs, List<String> droppedFurniture, int rejoinedWords, int joinedAcrossPages) {
        Result {
            paragraphs = List.copyOf(paragraphs);
            droppedFurniture = List.copyOf(droppedFurniture);
        }
    }

    private PdfParagraphs() {
    }

    static Result from(List<PdfPage> pages) {
        PageFurniture.Stripped stripped = PageFurniture.strip(pages);
        List<PdfBlock> blocks = new ArrayList<>();
        int acrossPages = 0;
        boolean previousPageLaidOut = false;
        for (PdfPage page : stripped.pages()) {
            List<PdfBlock> onPage = page.blocks();
            int first = 0;
            if (previousPageLaidOut && page.laidOut() && !onPage.isEmpty() && !blocks.isEmpty()
                    && continues(blocks.get(blocks.size() - 1), onPage.get(0))) {
                blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1).followedBy(onPage.get(0)));
                acrossPages++;
                first = 1;
            }
            blocks.addAll(onPage.subList(first, onPage.size()));
            previousPageLaidOut = page.laidOut() && !onPage.isEmpty();
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
        return new Result(paragraphs, stripped.dropped(), rejoined, acrossPages);
    }

    /** Whether {@code next}, first on its page, goes on with the sentence that {@code previous} left open. */
    private static boolean continues(PdfBlock previous, PdfBlock next) {
        String end = previous.lines().get(previous.lines().size() - 1);
        return Character.isLowerCase(next.lines().get(0).codePointAt(0)) && !ENDS_SENTENCE.matcher(end).matches();
    }
}
