package org.sverka.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a name of the translation is surely not the source's: not shaped like a Russian adjective,
 * not an acronym, not a word that heads institution and place names, not a number word, not resembling
 * one of the source's unmatched names, and not given anywhere in the source text.
 */
final class ConfidentName {
    /**
     * Russian words with an adjective's ending (Детскую, Скалистые, Йельском): Russian capitalises the
     * first word of a translated institution or place name, so these are weak evidence of a name.
     * Surnames in -ов/-ев/-ин share the endings -ым, -ых, -ыми (Ивановым, Путиным) and are not matched by them,
     * but not -ая, -ое (Кремниевая is an adjective).
     */
    private static final Pattern RUSSIAN_ADJECTIVE_ENDING = Pattern.compile(
            ".{3,}(?:ая|яя|ую|юю|ое|ее|ые|ие|ый|ий|ого|его|ому|ему|их|им|ими|ском|ской|ским|ских|(?<!ов|ев|ёв|ин|ын)(?:ых|ым|ыми))");

    private final NameMatcher matcher;
    private final Map<Locale, Set<String>> nameHeads = new ConcurrentHashMap<>();
    /** A capitalised number word heads a translated place name (Четырех углов for Four Corners), it is no name. */
    private final Map<Locale, SpelledNumbers> spelledNumbers = new ConcurrentHashMap<>();

    ConfidentName(NameMatcher matcher) {
        this.matcher = java.util.Objects.requireNonNull(matcher, "matcher");
    }

    /**
     * Whether {@code name}, of a translation in {@code language}, is surely not the source's, given the source's
     * unmatched names in the pair and the source text's vocabulary.
     */
    boolean test(NameExtractor.Word name, List<NameExtractor.Word> sourceNames, SourceVocabulary sourceVocabulary,
                 TextWords stems, Locale language) {
        if (language.getLanguage().equals("ru") && RUSSIAN_ADJECTIVE_ENDING.matcher(name.text().toLowerCase(language)).matches()) {
            return false;
        }
        if (isAcronym(name.text()) || nameHeads(language).contains(stems.target(name.text()))
                || !spelledNumbers.computeIfAbsent(language, SpelledNumbers::new).find(name.text().toLowerCase(language)).isEmpty()) {
            return false;
        }
        if (sourceNames.stream().anyMatch(s -> matcher.resembles(s.text(), name.text()))) {
            return false;
        }
        return !sourceVocabulary.gives(name.text());
    }

    /** Russian and most languages translate institutions' acronyms (МИД, ВМФ); a person's name is no acronym. */
    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Stems of the words in {@code name-heads-<lang>.txt}: common words that start institution and place names. */
    private Set<String> nameHeads(Locale language) {
        return nameHeads.computeIfAbsent(language, l -> {
            WordStems stems = new WordStems(l);
            Set<String> heads = new HashSet<>();
            try (InputStream in = ConfidentName.class.getResourceAsStream("name-heads-" + l.getLanguage() + ".txt")) {
                if (in == null) {
                    return Set.of();
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        heads.add(stems.stem(line.strip()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the name-heads list for " + l, e);
            }
            return Set.copyOf(heads);
        });
    }
}
