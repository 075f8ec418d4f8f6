package org.sverka.importer;

import java.util.regex.Pattern;

/** What the PDF path asks of a laid-out line: does it end a sentence, and where do its words start. */
final class PdfLines {
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…:;][\\p{Pf}\\p{Pe}\"']*$");
    private static final Pattern OPENING = Pattern.compile("^[\\p{Ps}\\p{Pi}\\p{Pf}\"'„‚]*");

    private PdfLines() {
    }

    /** Whether {@code line} ends with a sentence mark, closing quotes and brackets after it allowed. */
    static boolean endsSentence(String line) {
        return ENDS_SENTENCE.matcher(line).matches();
    }

    /** {@code line} without the opening quotes and brackets it starts with. */
    static String withoutOpening(String line) {
        return OPENING.matcher(line).replaceFirst("");
    }
}
