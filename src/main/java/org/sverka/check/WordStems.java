package org.sverka.check;

import org.tartarus.snowball.SnowballStemmer;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into words and reduces each to its Snowball stem (Lucene's copy of the Snowball
 * stemmers: English, Russian, German, French and more), so that "санкций" and "санкции" meet.
 * Languages without a Snowball stemmer get lower-cased words. Not thread-safe: the stemmer is stateful.
 */
final class WordStems {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

    /** One word: where it is and its stem. */
    record Word(int start, int end, String stem) { }

    private final SnowballStemmer stemmer;
    private final Locale locale;

    WordStems(Locale locale) {
        this.locale = locale;
        this.stemmer = stemmerFor(locale);
    }

    List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), stem(m.group())));
        }
        return words;
    }

    String stem(String word) {
        String lower = word.toLowerCase(locale).replace('ё', 'е');
        if (stemmer == null) {
            return lower;
        }
        stemmer.setCurrent(lower);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static SnowballStemmer stemmerFor(Locale locale) {
        String name = "org.tartarus.snowball.ext." + locale.getDisplayLanguage(Locale.ENGLISH) + "Stemmer";
        try {
            return (SnowballStemmer) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the Snowball stemmer " + name, e);
        }
    }
}
