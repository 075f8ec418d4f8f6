package org.sverka.importer;

import java.util.ArrayList;
import java.util.List;

/** One paragraph as PDFBox laid it out on a page: its lines, top to bottom, each stripped and non-empty. */
record PdfBlock(List<String> lines) {
    PdfBlock {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a block has at least one line");
        }
        lines = List.copyOf(lines);
    }

    /** This block's lines followed by {@code next}'s: one paragraph that a page break had cut in two. */
    PdfBlock followedBy(PdfBlock next) {
        List<String> joined = new ArrayList<>(lines);
        joined.addAll(next.lines());
        return new PdfBlock(joined);
    }

    /** The lines joined with spaces, for comparing blocks with each other. */
    String flatText() {
        return String.join(" ", lines);
    }
}
