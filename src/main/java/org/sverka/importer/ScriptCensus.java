package org.sverka.importer;

import com.ibm.icu.lang.UScript;
import java.util.Map;
import java.util.TreeMap;

/** How many letters of a text belong to each writing system (ICU {@link UScript} codes). */
final class ScriptCensus {
    private final Map<Integer, Long> lettersByScript;
    private final long letters;

    private ScriptCensus(Map<Integer, Long> lettersByScript) {
        this.lettersByScript = Map.copyOf(lettersByScript);
        this.letters = lettersByScript.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Counts the letters of {@code text}; letters shared by several scripts (COMMON, INHERITED) are left out. */
    static ScriptCensus of(CharSequence text) {
        long[] perScript = new long[UScript.CODE_LIMIT];
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                int script = UScript.getScript(cp);
                if (script >= 0 && script < perScript.length) {
                    perScript[script]++;
                }
            }
        }
        perScript[UScript.COMMON] = 0;
        perScript[UScript.INHERITED] = 0;
        Map<Integer, Long> counts = new TreeMap<>();
        for (int script = 0; script < perScript.length; script++) {
            if (perScript[script] > 0) {
                counts.put(script, perScript[script]);
            }
        }
        return new ScriptCensus(counts);
    }

    long letters() {
        return letters;
    }

    long lettersIn(int script) {
        return lettersByScript.getOrDefault(script, 0L);
    }

    /** The script with the most letters, or {@link UScript#INVALID_CODE} for a text without letters. */
    int dominantScript() {
        return lettersByScript.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(UScript.INVALID_CODE);
    }
}
