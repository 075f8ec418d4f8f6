package org.sverka.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Second opinion on a file Tika calls application/octet-stream. Tika's text test wants mostly ASCII or
 * UTF-8, so Cyrillic in windows-1251 without a .txt extension looks binary to it. Decoded with the charset
 * {@link TextCharsetDetector} picks for the expected language, real text has almost no control characters
 * and mostly letters among its visible characters; random bytes, images and executables do not.
 */
final class PlainTextSniffer {
    static final int SAMPLE_BYTES = TextCharsetDetector.SAMPLE_BYTES;

    private PlainTextSniffer() {
    }

    static boolean looksLikeText(Path file, Locale expectedLanguage) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        Charset charset = new TextCharsetDetector(expectedLanguage).choose(sample, sample.length == SAMPLE_BYTES);
        return looksLikeText(new String(sample, charset));
    }

    static boolean looksLikeText(String decoded) {
        long controls = 0;
        long letters = 0;
        long visible = 0;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                controls++;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        // One stray control character per thousand is tolerated (old files carry the odd SUB or NUL).
        return visible > 0 && controls * 1000 <= decoded.length() && letters * 2 >= visible;
    }
}
