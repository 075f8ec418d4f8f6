package org.sverka.transliteration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpellingSkeletonTest {
    /** As the aligner sets it (align.WordLinks.COGNATES). */
    private final SpellingSkeleton aligner = new SpellingSkeleton(new SkeletonSettings(false, false, 3, true));
    /** As the checks set it (check.ContentAnchors.COGNATES). */
    private final SpellingSkeleton checks = new SpellingSkeleton(new SkeletonSettings(true, true, 2, false));

    private static boolean cognates(SpellingSkeleton skeleton, String a, String b) {
        return skeleton.matches(skeleton.of(a), skeleton.of(b));
    }

    @Test
    void matchesNamesAcrossScripts() {
        assertThat(cognates(aligner, "лукашенко", "lukashenko")).isTrue();
        assertThat(cognates(aligner, "вронский", "vronsky")).isTrue();
        assertThat(cognates(aligner, "нато", "nato")).isTrue();
        assertThat(cognates(aligner, "левин", "levin")).isTrue();
        assertThat(cognates(checks, "хаммел", "hammel")).isTrue();
    }

    @Test
    void toleratesInflectionalEndings() {
        assertThat(cognates(aligner, "путина", "putin")).isTrue();
        assertThat(cognates(aligner, "интеграция", "integration")).isTrue();
        assertThat(cognates(aligner, "september", "septembre")).isTrue();
    }

    @Test
    void rejectsUnrelatedWords() {
        assertThat(cognates(aligner, "дом", "house")).isFalse();
        assertThat(cognates(aligner, "levin", "lemon")).isFalse();
        assertThat(cognates(aligner, "stadt", "ville")).isFalse();
        assertThat(cognates(checks, "levin", "lemon")).isFalse();
    }

    @Test
    void shortWordsMatchOnlyWhenEqualFromTheSetLength() {
        assertThat(cognates(aligner, "bon", "bon")).isTrue();
        assertThat(cognates(aligner, "da", "да")).isFalse();
        assertThat(cognates(checks, "da", "да")).isTrue();
        assertThat(cognates(checks, "bon", "bonus")).isFalse();
        assertThat(cognates(checks, "a", "a")).isFalse();
    }

    @Test
    void mergingKIntoCMatchesTheSoundsTranscriptionSpellsApart() {
        assertThat(checks.of("brexit")).isEqualTo("brecsit");
        assertThat(checks.of("брексит")).isEqualTo("brecsit");
        assertThat(checks.of("qatar")).isEqualTo(checks.of("катар"));
        assertThat(checks.of("mozart")).isEqualTo("mozart");
        assertThat(checks.of("ritz")).isEqualTo("ric");
        assertThat(aligner.of("brexit")).isEqualTo("brexit");
        assertThat(aligner.of("ritz")).isEqualTo("ritz");
        assertThat(cognates(aligner, "qatar", "катар")).isFalse();
    }

    @Test
    void digraphsAndDoubledLettersAreSimplified() {
        assertThat(aligner.of("щукин")).isEqualTo("sukin");
        assertThat(aligner.of("schumann")).isEqualTo("suman");
        assertThat(aligner.of("philosophy")).isEqualTo("filosofi");
        assertThat(aligner.of("жуков")).isEqualTo("zukov");
        assertThat(aligner.of("williams")).isEqualTo("viliams");
        assertThat(aligner.of("rock'n'roll")).isEqualTo("roknrol");
    }

    @Test
    void theChecksKeepOnlyAsciiLettersAndDigitsTheAlignerAnyLetter() {
        assertThat(checks.of("her2")).isEqualTo("her2");
        assertThat(aligner.of("her2")).isEqualTo("her2");
        assertThat(aligner.of("l'été")).isEqualTo("lete");
        assertThat(checks.of("l'été")).isEqualTo("lete");
    }

    @Test
    void anotherScriptIsRomanisedByIcu() {
        assertThat(aligner.of("αθήνα")).isEqualTo("atena");
        assertThat(checks.of("αθήνα")).isEqualTo("atena");
    }

    @Test
    void aStrayMarkOfAnotherScriptIsDroppedByTheAlignerAndRomanisedByIcuForTheChecks() {
        assertThat(aligner.of("sू")).isEqualTo("s");
        assertThat(checks.of("sू")).isEqualTo("su");
    }

    @Test
    void upperCaseIsLowered() {
        assertThat(checks.of("NATO")).isEqualTo("nato");
        assertThat(checks.of("Лукашенко")).isEqualTo(checks.of("lukashenko"));
    }

    @Test
    void anEmptyWordHasAnEmptySkeletonThatMatchesNothing() {
        assertThat(aligner.of("")).isEmpty();
        assertThat(cognates(checks, "", "")).isFalse();
    }

    @Test
    void equalMatchesNeedAtLeastOneLetterAndNoMoreThanThePrefixLength() {
        assertThatThrownBy(() -> new SkeletonSettings(true, true, 0, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SkeletonSettings(true, true, 5, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
