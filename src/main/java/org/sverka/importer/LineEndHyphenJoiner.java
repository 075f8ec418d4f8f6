package org.sverka.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a PDF paragraph, rejoining words hyphenated at line ends in any script: "imple-" +
 * "mentation" and "сотруд-" + "ничество" become one word when the next line goes on in lower case; before a
 * capital or a digit the hyphen stays ("Russian-Belarusian", "COVID-19"); a soft hyphen at a line end always
 * joins. A lower-case break keeps its hyphen when the rest of the document writes the word hyphenated and never
 * closed ("business-like"); with no such evidence either way, when it is a Russian particle or compound
 * ("кто-то", "какой-либо", "из-за", "кое-что", "по-русски") or starts with "self" or "non". Otherwise a compound
 * broken at its own hyphen loses it.
 */
final class LineEndHyphenJoiner {
    private static final char SOFT_HYPHEN = '\u00AD';
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:[-\u2010][\\p{L}\\p{M}]+)*");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{M}]+)$");
    private static final Pattern FIRST_WORD = Pattern.compile("^([\\p{L}\\p{M}]+)");
    private static final Set<String> COMPOUND_TAILS = Set.of("либо", "нибудь");
    private static final Set<String> COMPOUND_HEADS = Set.of("кое", "кой", "self", "non");
    // "-то" only after a pronoun or adverb: "ле-то" and "мес-то" are just "лето" and "место" broken.
    private static final Set<String> HEADS_OF_TO = Set.of("кто", "что", "как", "где", "когда", "куда", "откуда",
            "почему", "зачем", "сколько", "чей", "чья", "чьё", "чьи", "какой", "какая", "какое", "какие", "каких",
            "кого", "чего", "кому", "чему", "кем", "чем", "ком", "чём");
    private static final Set<String> COMPOUNDS = Set.of("из-за", "из-под");

    private final Set<String> vocabulary;

    /** The lines joined into one paragraph text, and how many hyphenated words were rejoined. */
    record Joined(String text, int rejoinedWords) {
    }

    private LineEndHyphenJoiner(Set<String> vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A joiner that takes its evidence for real compounds from the words of {@code blocks}. */
    static LineEndHyphenJoiner forDocument(List<PdfBlock> blocks) {
        Set<String> words = new HashSet<>();
        for (PdfBlock block : blocks) {
            for (String line : block.lines()) {
                Matcher word = WORD.matcher(line);
                while (word.find()) {
                    words.add(word.group().toLowerCase(Locale.ROOT).replace('\u2010', '-'));
                }
            }
        }
        return new LineEndHyphenJoiner(Set.copyOf(words));
    }

    Joined join(PdfBlock block) {
        StringBuilder text = new StringBuilder(block.lines().get(0));
        int rejoined = 0;
        for (String next : block.lines().subList(1, block.lines().size())) {
            int last = text.length() - 1;
            char end = text.charAt(last);
            if (end == SOFT_HYPHEN) {
                text.setLength(last);
                rejoined++;
            } else if ((end == '-' || end == '\u2010') && last > 0 && !Character.isWhitespace(text.charAt(last - 1))) {
                int first = next.codePointAt(0);
                if (Character.isLowerCase(first) && Character.isLetter(text.codePointBefore(last))
                        && !isRealCompound(text.substring(0, last), next)) {
                    text.setLength(last);
                    rejoined++;
                } else if (!Character.isLetterOrDigit(first)) {
                    text.append(' ');
                }
            } else {
                text.append(' ');
            }
            text.append(next);
        }
        return new Joined(text.toString(), rejoined);
    }

    /** Whether "head-" at a line end and "tail" on the next are a word with a hyphen of its own. */
    private boolean isRealCompound(String before, String after) {
        Matcher headMatch = LAST_WORD.matcher(before);
        Matcher tailMatch = FIRST_WORD.matcher(after);
        if (!headMatch.find() || !tailMatch.find()) {
            return false;
        }
        String head = headMatch.group(1).toLowerCase(Locale.ROOT);
        String tail = tailMatch.group(1).toLowerCase(Locale.ROOT);
        String hyphenated = head + "-" + tail;
        boolean hyphenatedSeen = vocabulary.contains(hyphenated);
        if (hyphenatedSeen != vocabulary.contains(head + tail)) {
            return hyphenatedSeen;
        }
        return COMPOUND_TAILS.contains(tail) || COMPOUND_HEADS.contains(head) || COMPOUNDS.contains(hyphenated)
                || tail.equals("то") && HEADS_OF_TO.contains(head)
                || head.equals("по") && tail.endsWith("ски") && tail.length() >= 6;
    }
}
