package org.sverka.importer;

import java.util.ArrayList;
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
 * closed; with no such evidence either way, when it is a Russian particle or compound ("кто-то", "какой-либо",
 * "из-за", "кое-что", "по-русски"), or when both halves, three letters or more, are
 * words the document uses on their own and the closed form is not ("business" and "like": "business-like").
 * A closed compound broken between two such words and never written whole elsewhere ("some-thing") keeps a
 * hyphen it should not have.
 */
final class LineEndHyphenJoiner {
    private static final char SOFT_HYPHEN = '\u00AD';
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:[-\u2010][\\p{L}\\p{M}]+)*");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{M}]+)$");
    private static final Pattern FIRST_WORD = Pattern.compile("^([\\p{L}\\p{M}]+)");
    private static final Set<String> COMPOUND_TAILS = Set.of("либо", "нибудь");
    private static final Set<String> COMPOUND_HEADS = Set.of("кое", "кой");
    // "-то" only after a pronoun or adverb: "ле-то" and "мес-то" are just "лето" and "место" broken.
    private static final Set<String> HEADS_OF_TO = Set.of("кто", "что", "как", "где", "когда", "куда", "откуда",
            "почему", "зачем", "сколько", "чей", "чья", "чьё", "чьи", "какой", "какая", "какое", "какие", "каких",
            "кого", "чего", "кому", "чему", "кем", "чем", "ком", "чём");
    private static final Set<String> COMPOUNDS = Set.of("из-за", "из-под");
    private static final int MIN_PART = 3;

    private final Set<String> tokens;
    private final Set<String> words;

    /** The lines joined into one paragraph text, and how many hyphenated words were rejoined. */
    record Joined(String text, int rejoinedWords) {
    }

    private LineEndHyphenJoiner(Set<String> tokens, Set<String> words) {
        this.tokens = tokens;
        this.words = words;
    }

    /**
     * A joiner that takes its evidence from the words of {@code blocks} written whole, i.e. not the pieces of a
     * word broken at a line end: {@code tokens} as written ("business-like"), {@code words} also their parts.
     */
    static LineEndHyphenJoiner forDocument(List<PdfBlock> blocks) {
        Set<String> tokens = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (PdfBlock block : blocks) {
            boolean previousBroken = false;
            for (String line : block.lines()) {
                boolean broken = endsBroken(line);
                List<String> found = new ArrayList<>();
                Matcher word = WORD.matcher(line);
                while (word.find()) {
                    found.add(word.group().toLowerCase(Locale.ROOT).replace('\u2010', '-'));
                }
                int from = previousBroken ? 1 : 0;
                int to = broken ? found.size() - 1 : found.size();
                for (String token : found.subList(Math.min(from, Math.max(to, 0)), Math.max(to, 0))) {
                    tokens.add(token);
                    words.addAll(List.of(token.split("-")));
                }
                previousBroken = broken;
            }
        }
        return new LineEndHyphenJoiner(Set.copyOf(tokens), Set.copyOf(words));
    }

    private static boolean endsBroken(String line) {
        char end = line.charAt(line.length() - 1);
        return end == SOFT_HYPHEN || end == '-' || end == '\u2010';
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
                if ((Character.isLowerCase(first) || inCapitals(text.substring(0, last), next))
                        && Character.isLetter(text.codePointBefore(last)) && !isRealCompound(text.substring(0, last), next)) {
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

    /** Whether the word broken at the line end is all in capitals ("OP-" + "TIONAL"), so case tells nothing. */
    private static boolean inCapitals(String before, String after) {
        Matcher head = LAST_WORD.matcher(before);
        Matcher tail = FIRST_WORD.matcher(after);
        return head.find() && tail.find() && isAllCapitals(head.group(1)) && isAllCapitals(tail.group(1));
    }

    private static boolean isAllCapitals(String word) {
        return word.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.getType(c) == Character.NON_SPACING_MARK);
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
        boolean hyphenatedSeen = tokens.contains(hyphenated);
        boolean closedSeen = tokens.contains(head + tail);
        if (hyphenatedSeen != closedSeen) {
            return hyphenatedSeen;
        }
        return COMPOUND_TAILS.contains(tail) || COMPOUND_HEADS.contains(head) || COMPOUNDS.contains(hyphenated)
                || tail.equals("то") && HEADS_OF_TO.contains(head)
                || head.equals("по") && tail.endsWith("ски") && tail.length() >= 6
                || !closedSeen && head.length() >= MIN_PART && tail.length() >= MIN_PART && words.contains(head)
                        && words.contains(tail);
    }
}
