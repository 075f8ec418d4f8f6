package org.sverka.shell;

import java.util.Locale;
import java.util.Optional;

import org.sverka.SverkaException;
import org.sverka.review.SearchSide;
import org.sverka.review.Side;
import org.sverka.store.TextInfo;

/** Parses a --side option: "source" or "target", or the text's language code ("en", "ru"); "both" where allowed. */
final class SideOption {
    private SideOption() {
    }

    static Side parse(String value, TextInfo text) {
        SearchSide side = oneSide(value, text).orElseThrow(() -> invalid(value, text, false));
        return side == SearchSide.SOURCE ? Side.SOURCE : Side.TARGET;
    }

    static SearchSide parseSearch(String value, TextInfo text) {
        if (value.strip().equalsIgnoreCase("both")) {
            return SearchSide.BOTH;
        }
        return oneSide(value, text).orElseThrow(() -> invalid(value, text, true));
    }

    /** SOURCE or TARGET for a name of one side, empty for anything else. */
    private static Optional<SearchSide> oneSide(String value, TextInfo text) {
        String given = value.strip().toLowerCase(Locale.ROOT);
        if (given.equals("source") || given.equals(text.sourceLanguage().getLanguage())) {
            return Optional.of(SearchSide.SOURCE);
        }
        if (given.equals("target") || given.equals(text.targetLanguage().getLanguage())) {
            return Optional.of(SearchSide.TARGET);
        }
        return Optional.empty();
    }

    private static SverkaException invalid(String value, TextInfo text, boolean bothAllowed) {
        return new SverkaException("Unknown --side '" + value + "' for '" + text.name() + "': use source ("
                + text.sourceLanguage().getLanguage() + ") or target (" + text.targetLanguage().getLanguage() + ")"
                + (bothAllowed ? " or both." : "."));
    }
}
