package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sverka.eval.SharedCorpora;
import org.sverka.model.Bead;
import org.sverka.model.Progress;
import org.sverka.model.Sentence;

class SentenceAlignerTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");

    private static final List<String> ENGLISH = List.of(
            "The President of Belarus, Alexander Lukashenko, met Vladimir Putin in Sochi on Friday.",
            "They discussed integration and the price of gas.",
            "Talks lasted 34.4 hours in total.",
            "No agreement was signed.",
            "NATO said it was watching closely.");
    private static final List<String> RUSSIAN = List.of(
            "Президент Белоруссии Александр Лукашенко в пятницу встретился в Сочи с Владимиром Путиным.",
            "Они обсудили интеграцию и цену на газ.",
            "Переговоры длились в общей сложности 34,4 часа.",
            "Никакого соглашения подписано не было.",
            "В НАТО заявили, что внимательно следят за ситуацией.");

    private final SentenceAligner aligner = new SentenceAligner();

    private static List<Sentence> sentences(List<String> texts, int firstIndex) {
        List<Sentence> sentences = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            sentences.add(new Sentence(firstIndex + k, 0, texts.get(k)));
        }
        return sentences;
    }

    /** Each sentence of both runs is in exactly one bead, and beads follow the text order. */
    private static void assertCoversExactlyOnceInOrder(List<Bead> beads, int sourceStart, int sourceCount,
                                                      int targetStart, int targetCount) {
        int nextSource = sourceStart;
        int nextTarget = targetStart;
        for (Bead bead : beads) {
            if (bead.sourceCount() > 0) {
                assertThat(bead.sourceStart()).isEqualTo(nextSource);
            }
            if (bead.targetCount() > 0) {
                assertThat(bead.targetStart()).isEqualTo(nextTarget);
            }
            nextSource += bead.sourceCount();
            nextTarget += bead.targetCount();
            assertThat(bead.confidence()).isBetween(0.0, 1.0);
            assertThat(bead.status()).isEqualTo(Bead.Status.AUTOMATIC);
        }
        assertThat(nextSource).isEqualTo(sourceStart + sourceCount);
        assertThat(nextTarget).isEqualTo(targetStart + targetCount);
    }

    @Test
    void alignsAParallelNewsParagraphOneToOne() {
        List<Bead> beads = aligner.align(sentences(ENGLISH, 0), EN, sentences(RUSSIAN, 0), RU, Progress.NONE);
        assertThat(beads).extracting(Bead::type).containsOnly("1-1");
        assertThat(beads).extracting(Bead::sourceStart).containsExactly(0, 1, 2, 3, 4);
        assertThat(beads).extracting(Bead::targetStart).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void joinsASentenceTheTranslatorSplit() {
        List<String> russian = new ArrayList<>(RUSSIAN);
        russian.set(1, "Они обсудили интеграцию.");
        russian.add(2, "Обсуждалась и цена на газ.");
        List<Bead> beads = aligner.align(sentences(ENGLISH, 0), EN, sentences(russian, 0), RU, Progress.NONE);
        assertThat(beads).extracting(Bead::type).containsExactly("1-1", "1-2", "1-1", "1-1", "1-1");
    }

    @Test
    void reportsABlockOfUntranslatedSentencesOneSentenceABead() {
        List<String> russian = new ArrayList<>(RUSSIAN);
        russian.addAll(2, List.of("Фото: ТАСС.", "Подпись к снимку.", "Архив редакции, 2019."));
        List<Bead> beads = aligner.align(sentences(ENGLISH, 0), EN, sentences(russian, 0), RU, Progress.NONE);
        assertCoversExactlyOnceInOrder(beads, 0, ENGLISH.size(), 0, russian.size());
        assertThat(beads).extracting(Bead::type).containsExactly("1-1", "1-1", "0-1", "0-1", "0-1", "1-1", "1-1", "1-1");
        assertThat(beads).extracting(Bead::targetStart).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void runsStartingAtIndex500KeepTheirIndexes() {
        List<Bead> beads = aligner.align(sentences(ENGLISH, 500), EN, sentences(RUSSIAN, 730), RU, Progress.NONE);
        assertCoversExactlyOnceInOrder(beads, 500, ENGLISH.size(), 730, RUSSIAN.size());
        assertThat(beads.get(0).sourceStart()).isEqualTo(500);
        assertThat(beads.get(0).targetStart()).isEqualTo(730);
    }

    @Test
    void neverLosesOrDuplicatesASentenceWhenCountsDiffer() {
        List<String> source = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            source.addAll(ENGLISH);
        }
        List<String> target = new ArrayList<>(RUSSIAN.subList(0, 3));
        for (int k = 0; k < 4; k++) {
            target.addAll(RUSSIAN);
        }
        List<Bead> beads = aligner.align(sentences(source, 3), EN, sentences(target, 0), RU, Progress.NONE);
        assertCoversExactlyOnceInOrder(beads, 3, source.size(), 0, target.size());
    }

    @Test
    void emptyTargetGivesOneToZeroBeads() {
        List<Bead> beads = aligner.align(sentences(ENGLISH, 10), EN, List.of(), RU, Progress.NONE);
        assertThat(beads).extracting(Bead::type).containsOnly("1-0").hasSize(ENGLISH.size());
        assertCoversExactlyOnceInOrder(beads, 10, ENGLISH.size(), 0, 0);
    }

    @Test
    void emptySourceGivesZeroToOneBeads() {
        List<Bead> beads = aligner.align(List.of(), EN, sentences(RUSSIAN, 4), RU, Progress.NONE);
        assertThat(beads).extracting(Bead::type).containsOnly("0-1").hasSize(RUSSIAN.size());
        assertCoversExactlyOnceInOrder(beads, 0, 0, 4, RUSSIAN.size());
    }

    @Test
    void bothSidesEmptyGiveNoBeads() {
        assertThat(aligner.align(List.of(), EN, List.of(), RU, Progress.NONE)).isEmpty();
    }

    @Test
    void singleSentencesAlignToEachOther() {
        List<Bead> beads = aligner.align(sentences(ENGLISH.subList(0, 1), 0), EN, sentences(RUSSIAN.subList(0, 1), 0), RU,
                Progress.NONE);
        assertThat(beads).extracting(Bead::type).containsExactly("1-1");
    }

    @Test
    void sentencesWithoutWordsStillAlign() {
        List<Bead> beads = aligner.align(sentences(List.of("...", "", "!"), 0), EN, sentences(List.of("…", "?"), 0), RU,
                Progress.NONE);
        assertCoversExactlyOnceInOrder(beads, 0, 3, 0, 2);
    }

    @Test
    void rejectsARunWithAGap() {
        List<Sentence> gap = List.of(new Sentence(0, 0, "One."), new Sentence(2, 0, "Three."));
        assertThatThrownBy(() -> aligner.align(gap, EN, sentences(RUSSIAN, 0), RU, Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contiguous");
    }

    @Test
    void reportsProgress() {
        List<Long> done = new ArrayList<>();
        aligner.align(sentences(ENGLISH, 0), EN, sentences(RUSSIAN, 0), RU, (stage, d, total) -> done.add(d));
        assertThat(done).isNotEmpty().isSorted();
    }

    @Test
    void alignsTheFirstNtrexDocumentOneToOne() throws IOException {
        Optional<SharedCorpora> shared = SharedCorpora.locate();
        assumeTrue(shared.isPresent() && shared.get().has("ntrex-en-ru"), "shared corpora (ntrex-en-ru) absent: skipped");
        Path dir = shared.get().corpora().resolve("ntrex-en-ru");
        List<String> ids = Files.readAllLines(dir.resolve("DOCUMENT_IDS.tsv"), StandardCharsets.UTF_8);
        List<String> english = Files.readAllLines(dir.resolve("newstest2019-src.eng.txt"), StandardCharsets.UTF_8);
        List<String> russian = Files.readAllLines(dir.resolve("newstest2019-ref.rus.txt"), StandardCharsets.UTF_8);
        int end = 1;
        while (end < ids.size() && ids.get(end).equals(ids.get(0))) {
            end++;
        }
        List<Bead> beads = aligner.align(sentences(english.subList(0, end), 0), EN, sentences(russian.subList(0, end), 0), RU,
                Progress.NONE);
        assertThat(beads).hasSize(end);
        for (int k = 0; k < end; k++) {
            assertThat(beads.get(k).type()).as("bead %d", k).isEqualTo("1-1");
            assertThat(beads.get(k).sourceStart()).isEqualTo(k);
            assertThat(beads.get(k).targetStart()).isEqualTo(k);
        }
    }

    // A station scene: the reply "'Well?'" and the porter's answer are each a paragraph of their own on both
    // sides, but the Russian shortens the narration before them and lengthens the reply.
    private static final List<String> STATION_EN = List.of(
            "The train from Moscow arrived at the station at seven in the evening.",
            "Levin got out of the carriage and looked for his brother in the crowd.",
            "He was not there.",
            "Levin went back to the porter, who was standing by the luggage van with his cart and his lantern.",
            "'Well?'",
            "'Nobody came for you, sir,' said the porter, and he lifted the heavy trunk onto his cart.",
            "The old porter shrugged and said that nobody had come to meet the train at all.",
            "Levin went out to the square, took a cab, and drove to the house alone.",
            "It was late.");
    private static final int[] STATION_EN_PARAGRAPHS = {0, 0, 1, 2, 3, 4, 5, 6, 6};
    private static final List<String> STATION_RU = List.of(
            "Поезд из Москвы пришел на станцию в семь часов вечера.",
            "Левин вышел из вагона и стал искать брата в толпе.",
            "Его не было.",
            "Левин вернулся к носильщику.",
            "-- Ну что же, приходил кто-нибудь за мною или нет, отвечай?",
            "-- Никто не приходил, барин, -- сказал носильщик и поднял тяжелый сундук на тележку.",
            "Старый носильщик пожал плечами и сказал, что никто не встречал поезд.",
            "Левин вышел на площадь, взял извозчика и поехал домой один.",
            "Было поздно.");
    private static final int[] STATION_RU_PARAGRAPHS = {0, 0, 1, 2, 3, 4, 5, 6, 6};

    private static List<Sentence> inParagraphs(List<String> texts, int[] paragraphs) {
        List<Sentence> sentences = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            sentences.add(new Sentence(k, paragraphs[k], texts.get(k)));
        }
        return sentences;
    }

    @Test
    void paragraphMarksPlaceAShortDialogueLineThatLengthsAloneMisplace() {
        List<Bead> unmarked = aligner.align(sentences(STATION_EN, 0), EN, sentences(STATION_RU, 0), RU, Progress.NONE);
        List<Bead> marked = aligner.align(inParagraphs(STATION_EN, STATION_EN_PARAGRAPHS), EN,
                inParagraphs(STATION_RU, STATION_RU_PARAGRAPHS), RU, Progress.NONE);

        assertThat(unmarked).extracting(Bead::type).contains("2-2");
        assertThat(marked).extracting(Bead::type).containsOnly("1-1");
        assertThat(marked).filteredOn(b -> b.sourceStart() == 4).singleElement()
                .extracting(Bead::targetStart).isEqualTo(4);
    }

    @Test
    void paragraphMarksThatDoNotAgreeChangeNothing() {
        int[] shifted = {0, 1, 1, 1, 2, 2, 3, 3, 3};
        List<Bead> unmarked = aligner.align(sentences(STATION_EN, 0), EN, sentences(STATION_RU, 0), RU, Progress.NONE);
        List<Bead> disagreeing = aligner.align(inParagraphs(STATION_EN, STATION_EN_PARAGRAPHS), EN,
                inParagraphs(STATION_RU, shifted), RU, Progress.NONE);

        assertThat(disagreeing).isEqualTo(unmarked);
    }

    @Test
    void oneSentenceAParagraphOnOneSideChangesNothing() {
        int[] eachOwn = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        List<Bead> unmarked = aligner.align(sentences(STATION_EN, 0), EN, sentences(STATION_RU, 0), RU, Progress.NONE);
        List<Bead> lines = aligner.align(inParagraphs(STATION_EN, eachOwn), EN,
                inParagraphs(STATION_RU, STATION_RU_PARAGRAPHS), RU, Progress.NONE);

        assertThat(lines).isEqualTo(unmarked);
    }
}
