package org.sverka.align;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.HungarianStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Reduces a lower-case word to a stem with the Snowball stemmer of its language; languages without one
 * keep the first six characters, which groups most inflected forms of space-delimited languages.
 * Not thread-safe: one instance per alignment.
 */
final class WordStemmer {
    private static final int PREFIX_STEM = 6;
    private static final Map<String, Supplier<SnowballStemmer>> STEMMERS = Map.ofEntries(
            Map.entry("en", EnglishStemmer::new), Map.entry("ru", RussianStemmer::new),
            Map.entry("de", GermanStemmer::new), Map.entry("fr", FrenchStemmer::new),
            Map.entry("es", SpanishStemmer::new), Map.entry("it", ItalianStemmer::new),
            Map.entry("pt", PortugueseStemmer::new), Map.entry("nl", DutchStemmer::new),
            Map.entry("sv", SwedishStemmer::new), Map.entry("da", DanishStemmer::new),
            Map.entry("no", NorwegianStemmer::new), Map.entry("nb", NorwegianStemmer::new),
            Map.entry("fi", FinnishStemmer::new), Map.entry("hu", HungarianStemmer::new),
            Map.entry("ro", RomanianStemmer::new), Map.entry("tr", TurkishStemmer::new));

    private final Function<String, String> stemmer;
    private final Map<String, String> cache = new HashMap<>();

    WordStemmer(Locale language) {
        Supplier<SnowballStemmer> supplier = STEMMERS.get(language.getLanguage());
        this.stemmer = supplier == null ? WordStemmer::prefix : snowball(supplier.get());
    }

    String stem(String word) {
        if (word.startsWith("#")) {
            return word;
        }
        return cache.computeIfAbsent(word, stemmer);
    }

    private static String prefix(String word) {
        return word.length() <= PREFIX_STEM ? word : word.substring(0, PREFIX_STEM);
    }

    private static Function<String, String> snowball(SnowballStemmer snowball) {
        return word -> {
            snowball.setCurrent(word);
            snowball.stem();
            return snowball.getCurrent();
        };
    }
}
