package org.sverka.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the running headers, footers and page numbers of a PDF among the blocks at a page's edge (starting
 * within its first two lines or ending within its last two, and at most two lines long). Such a block is
 * furniture when, at the same edge of most pages, there is the same text with digits ignored ("Page 3 of 12",
 * "Page 4 of 12"), or a number that goes up with the pages ("Chapter 4: Function reference 9" on the 12th
 * page, "10" on the 13th), or when it is a bare number equal to the page's position. Body text repeated on two
 * pages stays unless it sits at the same edge of most pages.
 */
final class PageFurniture {
    static final int EDGE_LINES = 2;
    private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");
    private static final Pattern BARE_NUMBER = Pattern.compile("[\\p{Pd}\\s(\\[]*(\\p{Nd}{1,4})[\\p{Pd}\\s)\\]]*");
    private static final Pattern FIRST_NUMBER = Pattern.compile("^\\D*?(\\p{Nd}{1,4})(?!\\p{Nd})");
    private static final Pattern LAST_NUMBER = Pattern.compile("(?<!\\p{Nd})(\\p{Nd}{1,4})\\D*$");

    /** The pages without their furniture, and the furniture dropped, in document order. */
    record Stripped(List<PdfPage> pages, List<String> dropped) {
        Stripped {
            pages = List.copyOf(pages);
            dropped = List.copyOf(dropped);
        }
    }

    private PageFurniture() {
    }

    static Stripped strip(List<PdfPage> pages) {
        int laidOut = (int) pages.stream().filter(PdfPage::laidOut).count();
        Map<String, Integer> pagesWith = new HashMap<>();
        int ordinal = 0;
        for (PdfPage page : pages) {
            ordinal += page.laidOut() ? 1 : 0;
            Set<String> marks = new HashSet<>();
            int pageNumber = ordinal;
            edges(page, edge -> marks.addAll(marks(page.blocks().get(edge.index()), edge, pageNumber)));
            marks.forEach(mark -> pagesWith.merge(mark, 1, Integer::sum));
        }
        List<PdfPage> kept = new ArrayList<>(pages.size());
        List<String> dropped = new ArrayList<>();
        ordinal = 0;
        for (PdfPage page : pages) {
            ordinal += page.laidOut() ? 1 : 0;
            int pageNumber = ordinal;
            Set<Integer> furniture = new HashSet<>();
            edges(page, edge -> {
                PdfBlock block = page.blocks().get(edge.index());
                boolean recurs = marks(block, edge, pageNumber).stream().mapToInt(pagesWith::get)
                        .anyMatch(seen -> seen >= 2 && seen * 2 > laidOut);
                if (recurs || isPageNumber(block, pageNumber)) {
                    furniture.add(edge.index());
                }
            });
            List<PdfBlock> blocks = new ArrayList<>();
            for (int i = 0; i < page.blocks().size(); i++) {
                if (furniture.contains(i)) {
                    dropped.add(page.blocks().get(i).flatText());
                } else {
                    blocks.add(page.blocks().get(i));
                }
            }
            kept.add(new PdfPage(blocks, page.laidOut()));
        }
        return new Stripped(kept, dropped);
    }

    /** A block at a page's edge: its index, "top" or "bottom", and whether it is the first or last of the page. */
    record Edge(int index, String side, boolean outermost) {
    }

    /** Calls {@code edge} for every block at the top or bottom edge of a laid-out page. */
    static void edges(PdfPage page, Consumer<Edge> edge) {
        if (!page.laidOut()) {
            return;
        }
        List<PdfBlock> blocks = page.blocks();
        int above = 0;
        for (int i = 0; i < blocks.size() && above < EDGE_LINES; i++) {
            int size = blocks.get(i).lines().size();
            if (size <= EDGE_LINES) {
                edge.accept(new Edge(i, "top", i == 0));
            }
            above += size;
        }
        int below = 0;
        for (int i = blocks.size() - 1; i >= 0 && below < EDGE_LINES; i--) {
            int size = blocks.get(i).lines().size();
            if (size <= EDGE_LINES) {
                edge.accept(new Edge(i, "bottom", i == blocks.size() - 1));
            }
            below += size;
        }
    }

    /**
     * What a header or footer keeps from page to page: its text in lower case with digits as #, and, for the
     * first or last block of the page, the offset between the page's position and the block's first or last
     * number (an inner block's number is more often a chapter's: "1 Introduction" under the page number "1").
     */
    static Set<String> marks(PdfBlock block, Edge edge, int pageNumber) {
        String text = ParagraphTextNormaliser.normalise(block.flatText());
        Set<String> marks = new HashSet<>();
        marks.add(edge.side() + " text " + DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("#"));
        for (Pattern number : edge.outermost() ? List.of(FIRST_NUMBER, LAST_NUMBER) : List.<Pattern>of()) {
            Matcher found = number.matcher(text);
            if (found.find()) {
                marks.add(edge.side() + " page number + " + (Integer.parseInt(found.group(1)) - pageNumber));
            }
        }
        return marks;
    }

    private static boolean isPageNumber(PdfBlock block, int pageNumber) {
        Matcher bare = BARE_NUMBER.matcher(block.flatText());
        return bare.matches() && Integer.parseInt(bare.group(1)) == pageNumber;
    }
}
