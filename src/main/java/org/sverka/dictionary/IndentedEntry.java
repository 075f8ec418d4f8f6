package org.sverka.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The translations of a dictd entry laid out as Mueller's English-Russian dictionary is (Debian's
 * mueller7-dict): the body is indented under the headword, parts of speech are numbered "1.", meanings
 * "1)", transcriptions stand in [...], labels begin with an underscore (_n., _разг.), cross-references in
 * {...}, and usage examples give the source phrase followed by its translation ("to keep house вести
 * хозяйство"). A translation is a comma- or semicolon-separated part of the body that has no letter of the
 * headword's script and does not end in an abbreviation's full stop ("см."), which keeps the plain
 * translations and drops the examples and the notes.
 */
final class IndentedEntry {
    private static final Pattern MARKUP = Pattern.compile("\\[[^]]*]|\\([^)]*\\)|\\{[^}]*}|_[\\p{L}-]+\\.");
    private static final Pattern SENSE = Pattern.compile("(?<![\\p{L}\\d])\\d+[.)]");

    private IndentedEntry() {
    }

    /** Whether an entry is laid out this way: its body lines are indented by three spaces or more. */
    static boolean matches(String entry) {
        int newline = entry.indexOf('\n');
        return newline >= 0 && entry.startsWith("   ", newline + 1);
    }

    static List<String> translations(String entry) {
        int newline = entry.indexOf('\n');
        if (newline < 0) {
            return List.of();
        }
        String headword = entry.substring(0, newline);
        int script = Scripts.of(headword);
        String body = entry.substring(newline + 1).replace('\n', ' ');
        body = SENSE.matcher(MARKUP.matcher(body).replaceAll(" ")).replaceAll(";");
        List<String> translations = new ArrayList<>();
        for (String part : body.split("[,;]")) {
            String words = part.strip().replaceAll("\\s+", " ");
            if (!words.isEmpty() && !words.contains("=") && !words.endsWith(".") && Scripts.hasLetterAndNoneOf(words, script)) {
                translations.add(words);
            }
        }
        return translations;
    }
}
