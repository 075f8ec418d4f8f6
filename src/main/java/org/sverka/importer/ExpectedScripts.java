package org.sverka.importer;

import com.ibm.icu.lang.UScript;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The scripts a language is written in, as ICU knows them: Cyrillic for ru, Latin for en, three for ja. */
final class ExpectedScripts {
    private final Set<Integer> scripts;

    private ExpectedScripts(Set<Integer> scripts) {
        this.scripts = Set.copyOf(scripts);
    }

    static ExpectedScripts of(Locale language) {
        int[] codes = UScript.getCode(language);
        return new ExpectedScripts(codes == null ? Set.of()
                : Arrays.stream(codes).boxed().collect(Collectors.toSet()));
    }

    /** False for a language ICU does not know: nothing can be checked then. */
    boolean known() {
        return !scripts.isEmpty();
    }

    boolean isCyrillic() {
        return scripts.contains(UScript.CYRILLIC);
    }

    long lettersIn(ScriptCensus census) {
        return scripts.stream().mapToLong(census::lettersIn).sum();
    }

    /** "Cyrillic", or "Katakana, Hiragana or Han". */
    String names() {
        String[] names = scripts.stream().sorted().map(UScript::getName).toArray(String[]::new);
        return names.length <= 1 ? String.join("", names)
                : String.join(", ", Arrays.copyOf(names, names.length - 1)) + " or " + names[names.length - 1];
    }

    /** True when at least half of the non-ASCII letters of {@code text} are in these scripts (or none are). */
    boolean isMostlyExpected(String text) {
        if (!known()) {
            return true;
        }
        StringBuilder nonAscii = new StringBuilder();
        text.codePoints().filter(cp -> cp >= 0x80).forEach(nonAscii::appendCodePoint);
        ScriptCensus census = ScriptCensus.of(nonAscii);
        return census.letters() == 0 || lettersIn(census) * 2 >= census.letters();
    }
}
