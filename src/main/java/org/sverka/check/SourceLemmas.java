package org.sverka.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dictionary headwords a source word may be a form of, where a stemmer does not get there: irregular forms
 * from this package's {@code word-forms-<lang>.txt} (found: find, children: child), and for English the
 * regular inflections undone (added: add, making: make, getting: get, studies: study), since Porter stems
 * "added" to "ad". The word itself is always the first candidate.
 */
final class SourceLemmas {
    private final Map<String, String> forms;
    private final boolean english;

    private SourceLemmas(Map<String, String> forms, boolean english) {
        this.forms = Map.copyOf(forms);
        this.english = english;
    }

    static SourceLemmas of(Locale locale) {
        return new SourceLemmas(read(locale.getLanguage()), locale.getLanguage().equals("en"));
    }

    Set<String> candidates(String lowerWord) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(lowerWord);
        String form = forms.get(lowerWord);
        if (form != null) {
            candidates.add(form);
        }
        if (english) {
            inflections(lowerWord, candidates);
        }
        return candidates;
    }

    private static void inflections(String w, Set<String> into) {
        for (String suffix : new String[] {"ing", "ed"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                String base = w.substring(0, w.length() - suffix.length());
                into.add(base);
                into.add(base + "e");
                int n = base.length();
                if (n > 2 && base.charAt(n - 1) == base.charAt(n - 2)) {
                    into.add(base.substring(0, n - 1));
                }
                if (base.endsWith("i")) {
                    into.add(base.substring(0, n - 1) + "y");
                }
            }
        }
        if (w.endsWith("ies") && w.length() > 4) {
            into.add(w.substring(0, w.length() - 3) + "y");
        } else if (w.endsWith("es") && w.length() > 4) {
            into.add(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            into.add(w.substring(0, w.length() - 1));
        }
    }

    private static Map<String, String> read(String language) {
        Map<String, String> forms = new HashMap<>();
        String name = "word-forms-" + language + ".txt";
        try (InputStream in = SourceLemmas.class.getResourceAsStream(name)) {
            if (in == null) {
                return forms;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length == 2 && !line.startsWith("#")) {
                    forms.put(fields[0], fields[1]);
                }
            }
            return forms;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the word list " + name, e);
        }
    }
}
