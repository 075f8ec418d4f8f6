package org.sverka.importer;

/**
 * Limits that keep one import from exhausting memory: the largest file accepted and the most characters
 * of text kept from it (a decompression bomb or a giant file ends with an {@link UnreadableDocumentException}).
 */
public record ImportLimits(long maxFileBytes, int maxChars) {
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;
    public static final int DEFAULT_MAX_CHARS = 50_000_000;

    public ImportLimits {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be > 0: " + maxFileBytes);
        }
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be > 0: " + maxChars);
        }
    }

    /** 200 MB per file, 50 million characters of text. */
    public ImportLimits() {
        this(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_CHARS);
    }
}
