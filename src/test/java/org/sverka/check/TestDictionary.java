package org.sverka.check;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

import org.sverka.dictionary.DictionaryFile;

/** The small test dictionary {@code en-ru-test.tsv}, prepared as the checks use it. */
final class TestDictionary {
    static final Locale EN = Locale.ENGLISH;
    static final Locale RU = Locale.forLanguageTag("ru");

    private TestDictionary() {
    }

    static Path file() {
        try {
            return Path.of(TestDictionary.class.getResource("en-ru-test.tsv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static WordTranslations translations() {
        return WordTranslations.of(DictionaryFile.read(file()), EN, RU);
    }
}
