package org.sverka.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Estimates how wide a line of a PDF was on its page from its text alone (Tika gives no coordinates): the
 * advance widths of Liberation Sans, the font PDFBox ships, which has the metrics of Arial and Helvetica. For
 * other fonts this is a proxy, but a far better one than counting characters ("illicit" and "MWMWMWM" differ
 * threefold). Characters outside Latin, Greek and Cyrillic count as one em (CJK) or an average letter.
 */
final class GlyphWidths {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final int COVERED = 0x0530;
    private static final float AVERAGE = 0.55f;
    private static final float[] WIDTHS = load();

    private GlyphWidths() {
    }

    /** The width of {@code text} in ems of the font size. */
    static float of(String text) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += of(c);
            i += Character.charCount(c);
        }
        return width;
    }

    static float of(int codePoint) {
        if (codePoint < COVERED) {
            float width = WIDTHS[codePoint];
            return width > 0 ? width : AVERAGE;
        }
        return Character.isIdeographic(codePoint) || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL
                ? 1f : AVERAGE;
    }

    private static float[] load() {
        try (InputStream in = GlyphWidths.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's bundled font " + FONT + " is missing from the classpath");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            try (font) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                float em = font.getUnitsPerEm();
                float[] widths = new float[COVERED];
                for (int c = 0x20; c < COVERED; c++) {
                    int glyph = cmap.getGlyphId(c);
                    widths[c] = glyph == 0 ? 0 : font.getAdvanceWidth(glyph) / em;
                }
                return widths;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PDFBox's bundled font " + FONT, e);
        }
    }
}
