package org.sverka.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts the body of a FictionBook 2 book into paragraphs as its elements arrive. Every block element
 * ({@code p}, {@code subtitle}, {@code text-author}, {@code date}, table cells, and the {@code title},
 * {@code epigraph}, {@code cite}, {@code section} around them) starts and ends a paragraph; inline markup
 * ({@code emphasis}, {@code strong}, {@code a}, ...) is text. A {@code stanza}'s lines ({@code v}) make one
 * paragraph, joined by spaces: a verse line rarely ends a sentence, and a translated poem keeps its stanzas but
 * seldom its lines (rhyme moves words between them), so stanzas are what the two sides share.
 */
final class Fb2Paragraphs {
    static final Set<String> INLINE = Set.of("emphasis", "strong", "style", "a", "strikethrough", "sub", "sup",
            "code", "image");

    private final int maxChars;
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private long charsSeen;

    Fb2Paragraphs(int maxChars) {
        this.maxChars = maxChars;
    }

    void start(String element) {
        if (!INLINE.contains(element) && !element.equals("v")) {
            cut();
        }
    }

    void end(String element) {
        if (element.equals("v")) {
            current.append(' ');
        } else if (!INLINE.contains(element)) {
            cut();
        }
    }

    /**
     * @return false when the text kept so far passes the character limit
     */
    boolean text(String text) {
        charsSeen += text.length();
        current.append(text);
        return charsSeen <= maxChars;
    }

    /** The non-empty, normalised paragraphs seen so far. */
    List<String> paragraphs() {
        cut();
        return List.copyOf(paragraphs);
    }

    private void cut() {
        String text = ParagraphTextNormaliser.normalise(current);
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        current.setLength(0);
    }
}
