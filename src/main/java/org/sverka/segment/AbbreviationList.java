package org.sverka.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sverka.SverkaException;

/**
 * The abbreviations of one language after which a sentence does not end, read from the data file
 * {@code org/sverka/segment/<language>.txt} (one entry per line, final period included, {@code #}
 * starts a comment). A language without a file has an empty list.
 */
final class AbbreviationList {

    private final Set<String> entries;

    private AbbreviationList(Set<String> entries) {
        this.entries = Set.copyOf(entries);
    }

    static AbbreviationList none() {
        return new AbbreviationList(Set.of());
    }

    static AbbreviationList forLanguage(Locale language) {
        String name = language.getLanguage() + ".txt";
        try (InputStream in = AbbreviationList.class.getResourceAsStream(name)) {
            return in == null ? none() : new AbbreviationList(read(in));
        } catch (IOException e) {
            throw new SverkaException("Cannot read the bundled abbreviation list " + name
                    + " for language '" + language + "': the sverka jar looks damaged, reinstall it.", e);
        }
    }

    private static Set<String> read(InputStream in) throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /**
     * The entries ICU's filter can be trusted with. It matches an entry against the end of the text
     * before a break, not against a whole word, so "д." would also hold "город." together and "O."
     * would hold "NATO." together. Only entries starting with a capital and two letters long are safe
     * enough for that; the rest are matched as whole words by {@link #contains}.
     */
    List<String> safeForSuffixMatching() {
        List<String> safe = new ArrayList<>();
        for (String entry : entries) {
            long letters = entry.codePoints().filter(Character::isLetter).count();
            if (Character.isUpperCase(entry.codePointAt(0)) && letters >= 2) {
                safe.add(entry);
            }
        }
        return safe;
    }

    /** Whether a whole word is an entry; a capitalised word also matches a lowercase entry ("См." = "см."). */
    boolean contains(String word) {
        if (word.isEmpty()) {
            return false;
        }
        int first = word.codePointAt(0);
        String decapitalised = Character.toString(Character.toLowerCase(first))
                + word.substring(Character.charCount(first));
        return entries.contains(word) || entries.contains(decapitalised);
    }
}
