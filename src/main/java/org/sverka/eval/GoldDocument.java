package org.sverka.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sverka.model.Sentence;

/** A pre-split parallel document with its gold alignment: the unit the benchmark aligns and scores. */
public record GoldDocument(String name, Locale sourceLanguage, List<String> source,
                           Locale targetLanguage, List<String> target, Ladder gold) {
    public GoldDocument {
        Objects.requireNonNull(name, "name");
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(gold, "gold");
    }

    /** Sentences numbered from 0, all in paragraph 0 (no paragraph hints). */
    public static List<Sentence> sentences(List<String> lines) {
        List<Sentence> sentences = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            sentences.add(new Sentence(i, 0, lines.get(i).strip()));
        }
        return sentences;
    }
}
