package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sverka.model.Sentence;

/** Four short sentences and their translation, with names and a number to link, for the aligner's unit tests. */
final class SochiMeeting {
    static final List<String> ENGLISH = List.of(
            "Alexander Lukashenko met Vladimir Putin in Sochi.",
            "They talked for 34.4 hours.",
            "NATO was watching.",
            "Nothing was signed.");
    static final List<String> RUSSIAN = List.of(
            "Александр Лукашенко встретился в Сочи с Владимиром Путиным.",
            "Переговоры длились 34,4 часа.",
            "В НАТО следили.",
            "Ничего не подписали.");

    private SochiMeeting() {
    }

    /** The texts as sentences of one paragraph, indexed from 0. */
    static List<Sentence> sentences(List<String> texts) {
        List<Sentence> sentences = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            sentences.add(new Sentence(k, 0, texts.get(k)));
        }
        return sentences;
    }

    /** One side of the aligner's input made of {@code texts}. */
    static TextSide side(List<String> texts, Locale language) {
        return new TextSide(sentences(texts), language, 1.0);
    }
}
