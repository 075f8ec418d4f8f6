package org.sverka.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Drops the internal subset of an HTML page's DOCTYPE ({@code <!DOCTYPE html [ <!ENTITY ...> ]>} becomes
 * {@code <!DOCTYPE html>}). HTML parsers never expand those entities, but they end the DOCTYPE at its first
 * '>', so the rest of the subset ("]>") and the head's title would be read as body text. Works on the bytes
 * of any ASCII-compatible encoding; the subset is skipped as it streams past, never held in memory.
 */
final class DoctypeSubsetRemover {
    /** How far into the file a DOCTYPE is looked for (after a BOM, an XML declaration or comments). */
    private static final int LOOK_AHEAD = 4096;

    private DoctypeSubsetRemover() {
    }

    static InputStream wrap(InputStream in) throws IOException {
        byte[] head = in.readNBytes(LOOK_AHEAD);
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        int doctype = ascii.toUpperCase(Locale.ROOT).indexOf("<!DOCTYPE");
        int close = doctype < 0 ? -1 : ascii.indexOf('>', doctype);
        int open = doctype < 0 ? -1 : ascii.indexOf('[', doctype);
        if (open < 0 || (close >= 0 && close < open)) {
            return new SequenceInputStream(new ByteArrayInputStream(head), in);
        }
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(head, open + 1, head.length - open - 1), in);
        skipSubset(rest);
        return new SequenceInputStream(new ByteArrayInputStream((ascii.substring(0, open).stripTrailing() + ">")
                .getBytes(StandardCharsets.ISO_8859_1)), rest);
    }

    /** Reads past the subset and the "]>" closing it; quoted entity values may themselves hold ']' or '>'. */
    private static void skipSubset(InputStream in) throws IOException {
        int quote = 0;
        boolean closed = false;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (quote != 0) {
                quote = b == quote ? 0 : quote;
            } else if (b == '"' || b == '\'') {
                quote = b;
            } else if (b == ']') {
                closed = true;
            } else if (b == '>' && closed) {
                return;
            } else if (!Character.isWhitespace(b)) {
                closed = false;
            }
        }
    }
}
