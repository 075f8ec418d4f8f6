package org.sverka.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the running headers, footers and page numbers of a PDF: blocks at a page's edge (starting within its
 * first two lines or ending within its last two, and at most two lines long) that recur at the same edge on
 * most pages, compared with digits ignored ("Page 3 of 12" and "Page 4 of 12" are the same), or that are a bare
 * number equal to the page's position. Body text repeated on two pages stays unless it sits at the edge of
 * most pages.
 */
final class PageFurniture {
    static final int EDGE_LINES = 2;
    private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");
    private static final Pattern BARE_NUMBER = Pattern.compile("[\\p{Pd}\\s(\\[]*(\\p{Nd}{1,4})[\\p{Pd}\\s)\\]]*");

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
        Map<String, Integer> pagesWithKey = new HashMap<>();
        for (PdfPage page : pages) {
            Set<String> keys = new HashSet<>();
            edgeKeys(page, (i, key) -> keys.add(key));
            keys.forEach(k -> pagesWithKey.merge(k, 1, Integer::sum));
        }
        List<PdfPage> kept = new ArrayList<>(pages.size());
        List<String> dropped = new ArrayList<>();
        int ordinal = 0;
        for (PdfPage page : pages) {
            ordinal += page.laidOut() ? 1 : 0;
            Set<Integer> furniture = new HashSet<>();
            int pageNumber = ordinal;
            edgeKeys(page, (i, key) -> {
                int seen = pagesWithKey.get(key);
                if (seen >= 2 && seen * 2 > laidOut || isPageNumber(page.blocks().get(i), pageNumber)) {
                    furniture.add(i);
                }
            });
            List<PdfBlock> blocks = new ArrayList<>();
            for (int i = 0; i < page.blocks().size(); i++) {
                PdfBlock block = page.blocks().get(i);
                if (furniture.contains(i)) {
                    dropped.add(block.flatText());
                } else {
                    blocks.add(block);
                }
            }
            kept.add(new PdfPage(blocks, page.laidOut()));
        }
        return new Stripped(kept, dropped);
    }

    /**
     * Calls {@code edge} with the index and key of every block at the top or bottom edge of a laid-out page;
     * the key says which edge, since a header recurs at the top and a footer at the bottom.
     */
    static void edgeKeys(PdfPage page, BiConsumer<Integer, String> edge) {
        if (!page.laidOut()) {
            return;
        }
        List<PdfBlock> blocks = page.blocks();
        int above = 0;
        for (int i = 0; i < blocks.size() && above < EDGE_LINES; i++) {
            int size = blocks.get(i).lines().size();
            if (size <= EDGE_LINES) {
                edge.accept(i, "top:" + key(blocks.get(i)));
            }
            above += size;
        }
        int below = 0;
        for (int i = blocks.size() - 1; i >= 0 && below < EDGE_LINES; i--) {
            int size = blocks.get(i).lines().size();
            if (size <= EDGE_LINES) {
                edge.accept(i, "bottom:" + key(blocks.get(i)));
            }
            below += size;
        }
    }

    /** What stays the same of a header or footer from page to page: its words, in lower case, digits as #. */
    static String key(PdfBlock block) {
        String text = ParagraphTextNormaliser.normalise(block.flatText()).toLowerCase(Locale.ROOT);
        return DIGITS.matcher(text).replaceAll("#");
    }

    private static boolean isPageNumber(PdfBlock block, int ordinal) {
        Matcher bare = BARE_NUMBER.matcher(block.flatText());
        return bare.matches() && Integer.parseInt(bare.group(1)) == ordinal;
    }
}
