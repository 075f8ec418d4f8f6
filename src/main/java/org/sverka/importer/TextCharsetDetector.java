package org.sverka.importer;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Chooses the charset of a text file knowing the language it should be in.
 *
 * <p>Generic detectors guess wrong on short Cyrillic text (a few lines of windows-1251 come out as KOI8-R or
 * a Western code page), so the order is: a byte-order mark; valid UTF-8 (pure ASCII included); for a
 * language written in Cyrillic, the Cyrillic code page whose decoding gives the most common Cyrillic
 * lower-case letters; otherwise ICU's detector, preferring a charset that yields letters of the expected
 * script; windows-1252 as the last resort.
 */
final class TextCharsetDetector implements EncodingDetector {
    /** How much of a stream {@link #detect(InputStream, Metadata)} looks at. */
    static final int SAMPLE_BYTES = 64 * 1024;

    private static final List<Charset> CYRILLIC_CODE_PAGES = List.of(Charset.forName("windows-1251"),
            Charset.forName("KOI8-R"), Charset.forName("IBM866"), Charset.forName("ISO-8859-5"));
    private static final String COMMON_CYRILLIC = "оеаинтсрвл";
    private static final Charset FALLBACK = Charset.forName("windows-1252");

    private final ExpectedScripts expected;

    TextCharsetDetector(Locale expectedLanguage) {
        this.expected = ExpectedScripts.of(Objects.requireNonNull(expectedLanguage, "expectedLanguage"));
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return FALLBACK;
        }
        input.mark(SAMPLE_BYTES);
        try {
            byte[] sample = input.readNBytes(SAMPLE_BYTES);
            return choose(sample, sample.length == SAMPLE_BYTES);
        } finally {
            input.reset();
        }
    }

    /**
     * The charset of {@code bytes}; {@code truncated} says they are only the start of the text, so an
     * incomplete UTF-8 sequence at the end does not count against UTF-8.
     */
    Charset choose(byte[] bytes, boolean truncated) {
        Optional<Charset> bom = byteOrderMark(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        if (isUtf8(bytes, truncated)) {
            return StandardCharsets.UTF_8;
        }
        if (expected.isCyrillic()) {
            return bestCyrillicCodePage(bytes);
        }
        return icuChoice(bytes);
    }

    private static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    static boolean isUtf8(byte[] bytes, boolean truncated) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, !truncated);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }

    private static Charset bestCyrillicCodePage(byte[] bytes) {
        Charset best = CYRILLIC_CODE_PAGES.get(0);
        long bestScore = Long.MIN_VALUE;
        for (Charset candidate : CYRILLIC_CODE_PAGES) {
            long score = cyrillicScore(new String(bytes, candidate));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Common lower-case letters count for a decoding; symbols and box-drawing characters count against it. */
    private static long cyrillicScore(String text) {
        long score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (COMMON_CYRILLIC.indexOf(c) >= 0) {
                score += 2;
            } else if (c >= 0x80 && !Character.isLetter(c) && !Character.isSpaceChar(c)) {
                score -= 1;
            }
        }
        return score;
    }

    private Charset icuChoice(byte[] bytes) {
        CharsetMatch[] matches = new CharsetDetector().setText(bytes).detectAll();
        return Arrays.stream(matches)
                .flatMap(match -> supported(match).stream())
                .filter(charset -> expected.isMostlyExpected(new String(bytes, charset)))
                .findFirst()
                .orElse(FALLBACK);
    }

    private static Optional<Charset> supported(CharsetMatch match) {
        String name = match.getName();
        return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    }
}
