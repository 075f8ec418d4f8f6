package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineEndHyphenJoinerTest {
    /** Joins {@code lines} as one block, with the block itself as the document's evidence. */
    private static String join(String... lines) {
        PdfBlock block = new PdfBlock(List.of(lines));
        return LineEndHyphenJoiner.forDocument(List.of(block)).join(block).text();
    }

    @Test
    void joinsLinesWithASpace() {
        assertThat(join("We discussed the situation", "with Russia’s requests.")).isEqualTo(
                "We discussed the situation with Russia’s requests.");
    }

    @Test
    void rejoinsAnEnglishWordHyphenatedAtALineEnd() {
        assertThat(join("I keep the imple-", "mentation under control.")).isEqualTo(
                "I keep the implementation under control.");
    }

    @Test
    void rejoinsARussianWordHyphenatedAtALineEnd() {
        assertThat(join("Мы обсудили сотруд-", "ничество двух стран.")).isEqualTo("Мы обсудили сотрудничество двух стран.");
    }

    @Test
    void keepsTheHyphenWhenTheNextLineGoesOnWithACapital() {
        assertThat(join("following the Russian-", "Belarusian talks")).isEqualTo("following the Russian-Belarusian talks");
    }

    @Test
    void keepsTheHyphenWhenTheNextLineGoesOnWithADigit() {
        assertThat(join("the spread of COVID-", "19 slowed")).isEqualTo("the spread of COVID-19 slowed");
    }

    @Test
    void rejoinsAWordInCapitalsHyphenatedAtALineEnd() {
        assertThat(join("If an element is OP-", "TIONAL, the ELE-", "MENT is skipped")).isEqualTo(
                "If an element is OPTIONAL, the ELEMENT is skipped");
    }

    @Test
    void keepsTheHyphenOfACompoundInCapitalsWhoseHalvesAreWordsOfTheDocument() {
        assertThat(join("Russian and Belarusian leaders at the RUSSIAN-", "BELARUSIAN TALKS")).isEqualTo(
                "Russian and Belarusian leaders at the RUSSIAN-BELARUSIAN TALKS");
    }

    @Test
    void alwaysJoinsAtASoftHyphen() {
        assertThat(join("the Lukashen\u00AD", "ko government and Bela\u00AD", "rus")).isEqualTo(
                "the Lukashenko government and Belarus");
    }

    @Test
    void keepsAHyphenTheDocumentWritesElsewhereAndNeverClosed() {
        assertThat(join("our long-term plans and the long-", "term prices")).isEqualTo(
                "our long-term plans and the long-term prices");
    }

    @Test
    void joinsAWordTheDocumentWritesClosedElsewhere() {
        assertThat(join("everything is new, and every-", "thing changes")).isEqualTo(
                "everything is new, and everything changes");
    }

    @Test
    void keepsACompoundWhoseHalvesAreWordsOfTheDocument() {
        assertThat(join("a business meeting was like a constructive, business-", "like talk")).isEqualTo(
                "a business meeting was like a constructive, business-like talk");
    }

    @Test
    void keepsRussianParticlesAndCompoundPrepositions() {
        assertThat(join("кто-", "то пришёл из-", "за реки и принёс какой-", "либо подарок по-", "братски")).isEqualTo(
                "кто-то пришёл из-за реки и принёс какой-либо подарок по-братски");
    }

    @Test
    void joinsARussianWordThatOnlyLooksLikeAParticle() {
        assertThat(join("прошло ле-", "то")).isEqualTo("прошло лето");
    }

    @Test
    void keepsASpacedDashAtALineEndAsADash() {
        assertThat(join("the talks -", "and the dinner")).isEqualTo("the talks - and the dinner");
    }

    @Test
    void countsTheWordsItRejoined() {
        PdfBlock block = new PdfBlock(List.of("imple-", "mentation of сотруд-", "ничество and Russian-", "Belarusian"));

        assertThat(LineEndHyphenJoiner.forDocument(List.of(block)).join(block).rejoinedWords()).isEqualTo(2);
    }

    @Test
    void leavesASingleLineAsItIs() {
        assertThat(join("Trade grew by 34.4 percent to US$38.5 billion -")).isEqualTo(
                "Trade grew by 34.4 percent to US$38.5 billion -");
    }
}
