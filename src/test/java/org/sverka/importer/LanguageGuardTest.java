package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageGuardTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final LanguageGuard GUARD = new LanguageGuard();
    private static final String RUSSIAN = "Мы обсудили ситуацию с запросами России к Западу, главные из которых "
            + "касаются нерасширения НАТО и возвращения военного потенциала блока к состоянию 1997 года.";
    private static final String ENGLISH = "We discussed the situation with Russia's requests for the West, the most "
            + "important of which concern NATO's non-expansion.";

    @Test
    void acceptsRussianTextAsRussian() {
        assertThatCode(() -> GUARD.check("talks.ru.txt", RUSSIAN, RU)).doesNotThrowAnyException();
    }

    @Test
    void acceptsRussianTextWithEnglishTermsAndNumbers() {
        String mixed = "Сервер Apache Tika 3.3.1 читает файлы DOCX, PDF и HTML, а ICU4J делит текст на предложения.";

        assertThatCode(() -> GUARD.check("notes.ru.txt", mixed, RU)).doesNotThrowAnyException();
    }

    @Test
    void rejectsEnglishTextAsRussianSayingWhatItFoundAndWhatToDo() {
        assertThatThrownBy(() -> GUARD.check("talks.ru.docx", ENGLISH, RU))
                .isInstanceOf(WrongLanguageException.class)
                .hasMessage("talks.ru.docx does not look Russian: 0% of its letters are Cyrillic and 100% Latin, "
                        + "expected most. Check the file, or give its real language with --source-lang or --target-lang.");
    }

    @Test
    void rejectsRussianTextAsEnglish() {
        assertThatThrownBy(() -> GUARD.check("talks.en.html", RUSSIAN, Locale.ENGLISH))
                .isInstanceOf(WrongLanguageException.class)
                .hasMessageStartingWith("talks.en.html does not look English: 0% of its letters are Latin and 100% "
                        + "Cyrillic, expected most.");
    }

    @Test
    void acceptsLatinTextForGermanAndFrench() {
        assertThatCode(() -> GUARD.check("a.de.txt", "Die Präsidenten führten Gespräche über die Gaspreise.",
                Locale.GERMAN)).doesNotThrowAnyException();
        assertThatCode(() -> GUARD.check("a.fr.txt", "Les présidents ont discuté des prix du gaz à Moscou.",
                Locale.FRENCH)).doesNotThrowAnyException();
    }

    @Test
    void rejectsGreekTextAsUkrainian() {
        assertThatThrownBy(() -> GUARD.check("a.uk.txt", "Οι πρόεδροι συζήτησαν τις τιμές του φυσικού αερίου.",
                Locale.forLanguageTag("uk")))
                .isInstanceOf(WrongLanguageException.class)
                .hasMessageStartingWith("a.uk.txt does not look Ukrainian: 0% of its letters are Cyrillic and 100% Greek");
    }

    @Test
    void acceptsJapaneseWrittenInKanaAndKanji() {
        assertThatCode(() -> GUARD.check("a.ja.txt", "大統領たちはモスクワでガス価格について話し合いました。",
                Locale.JAPANESE)).doesNotThrowAnyException();
    }

    @Test
    void followsTheScriptOfTheLocaleForSerbianInLatin() {
        String latin = "Predsednici su razgovarali o cenama gasa u Moskvi.";

        assertThatCode(() -> GUARD.check("a.txt", latin, Locale.forLanguageTag("sr-Latn"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> GUARD.check("a.txt", latin, Locale.forLanguageTag("sr")))
                .isInstanceOf(WrongLanguageException.class);
    }

    @Test
    void doesNotJudgeTextsWithTooFewLetters() {
        assertThatCode(() -> GUARD.check("title.ru.txt", "NATO 2022: OK", RU)).doesNotThrowAnyException();
        assertThatCode(() -> GUARD.check("empty.ru.txt", "", RU)).doesNotThrowAnyException();
    }

    @Test
    void judgesATextFromTheMinimumNumberOfLetters() {
        assertThatThrownBy(() -> GUARD.check("t.ru.txt", "abcdefghij klmnopqrst", RU))
                .isInstanceOf(WrongLanguageException.class);
    }

    @Test
    void acceptsAnyTextForALanguageWithoutAKnownScript() {
        assertThatCode(() -> GUARD.check("a.txt", ENGLISH, Locale.forLanguageTag("und"))).doesNotThrowAnyException();
    }

    @Test
    void rejectsEnglishTextImportedAsGermanByItsCommonWords() {
        String english = String.join(" ", java.util.Collections.nCopies(3, ENGLISH + " It was the end of the talks "
                + "and they were happy with what they had done for their countries."));

        assertThatThrownBy(() -> GUARD.check("talks.de.txt", english, Locale.GERMAN))
                .isInstanceOf(WrongLanguageException.class)
                .hasMessage("talks.de.txt does not look German: its common words are English (52% of its words, "
                        + "against 0% common German words). Check the file, or give its real language with "
                        + "--source-lang or --target-lang.");
    }

    @Test
    void rejectsAShareOutsideZeroToOne() {
        assertThatThrownBy(() -> new LanguageGuard.Thresholds(20, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minShare must be within [0, 1]: 1.5");
    }
}
