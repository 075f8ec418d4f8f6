package org.sverka.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the omission and addition checks share: a sentence on one side with nothing on the other is a
 * finding of the check's own severity unless it is more likely an alignment artefact, then INFO: a byline
 * or interjection of a word or two, or a sentence whose content plausibly sits in a neighbouring pair
 * ({@link SplitTranslation}).
 */
final class UnpairedSentences {
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** A byline, a credit or an interjection: "(AP)", "Photo: Reuters". */
    private static final int TINY_WORDS = 2;

    /** The check's messages: for a tiny sentence, for one that may belong to pair N (the number follows), otherwise. */
    record Messages(String tiny, String possiblyInPair, String plain) {
    }

    private final String checkId;
    private final boolean onSource;
    private final Severity severity;
    private final Messages messages;

    /** {@code onSource}: the check looks at source sentences without translation (else the reverse). */
    UnpairedSentences(String checkId, boolean onSource, Severity severity, Messages messages) {
        this.checkId = checkId;
        this.onSource = onSource;
        this.severity = severity;
        this.messages = messages;
    }

    List<Finding> find(List<CheckedPair> pairs, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        SplitTranslation split = new SplitTranslation(pairs, context);
        for (int i = 0; i < pairs.size(); i++) {
            CheckedPair pair = pairs.get(i);
            String text = onSource ? pair.sourceText() : pair.targetText();
            String other = onSource ? pair.targetText() : pair.sourceText();
            if (text.isBlank() || !other.isBlank()) {
                continue;
            }
            List<Span> whole = List.of(new Span(0, text.length()));
            Optional<CheckedPair> partner = split.partnerOf(i);
            if (isTiny(text)) {
                findings.add(finding(Severity.INFO, pair, messages.tiny(), whole));
            } else if (partner.isPresent()) {
                findings.add(finding(Severity.INFO, pair, messages.possiblyInPair() + partner.get().number(), whole));
            } else {
                findings.add(finding(severity, pair, messages.plain(), whole));
            }
        }
        return findings;
    }

    private Finding finding(Severity level, CheckedPair pair, String message, List<Span> whole) {
        return onSource ? Finding.of(checkId, level, pair, message, whole, List.of())
                : Finding.of(checkId, level, pair, message, List.of(), whole);
    }

    static boolean isTiny(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        while (m.find()) {
            words++;
        }
        return words <= TINY_WORDS;
    }
}
