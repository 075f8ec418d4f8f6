package org.sverka.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One problem a check found in one pair, with the offending spans on either side. The pair texts are
 * kept so that {@link #signature()} can name the finding independently of pair numbers: a dismissed
 * finding stays dismissed when the checks run again, unless the pair's text changed.
 */
public record Finding(String checkId, Severity severity, int pairNumber, String message,
                      List<Span> sourceSpans, List<Span> targetSpans, String sourceText, String targetText) {
    public Finding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(targetText, "targetText");
        sourceSpans = List.copyOf(sourceSpans);
        targetSpans = List.copyOf(targetSpans);
    }

    public static Finding of(String checkId, Severity severity, CheckedPair pair, String message,
                             List<Span> sourceSpans, List<Span> targetSpans) {
        return new Finding(checkId, severity, pair.number(), message, sourceSpans, targetSpans,
                pair.sourceText(), pair.targetText());
    }

    /** A stable hex SHA-256 of the check id, both pair texts and the texts under the spans. */
    public String signature() {
        StringBuilder key = new StringBuilder(checkId).append('\u0000')
                .append(sourceText).append('\u0000').append(targetText);
        sourceSpans.forEach(s -> key.append('\u0001').append(s.of(sourceText)));
        targetSpans.forEach(s -> key.append('\u0002').append(s.of(targetText)));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
