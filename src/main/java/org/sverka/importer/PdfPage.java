package org.sverka.importer;

import java.util.List;

/**
 * The blocks of one PDF page, top to bottom. {@code laidOut} is false for the text Tika gives outside the
 * pages (bookmarks, form fields): it has no page edges, so no header or footer can be found in it.
 */
record PdfPage(List<PdfBlock> blocks, boolean laidOut) {
    PdfPage {
        blocks = List.copyOf(blocks);
    }
}
