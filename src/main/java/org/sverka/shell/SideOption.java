package org.sverka.shell;

import java.util.Locale;

import org.sverka.SverkaException;
import org.sverka.review.SearchSide;
import org.sverka.review.Side;
import org.sverka.store.TextInfo;

/** Parses a --side option: "source" or "target", or the text's language code ("en", "ru"); "both" where allowed. */
final class SideOption {
    private SideOption() {
    }

    static Side parse(String value, TextInfo text) {
        SearchSide side = parseSearch(value, text);
        if (side == SearchSide.BOTH) {
            throw invalid(value, text, false);
        }
        return side == SearchSide.SOURCE ? Side.SOURCE : Side.TARGET;
    }

    static SearchSide parseSearch(String value, TextInfo text) {
        String given = value.strip().toLowerCase(Locale.ROOT);
        if (given.equals("source") || given.equals(text.sourceLanguage().getLanguage())) {
            return SearchSide.SOURCE;
        }
        if (given.equals("target") || given.equals(text.targetLanguage().getLanguage())) {
            return SearchSide.TARGET;
        }
        if (given.equals("both")) {
            return SearchSide.BOTH;
        }
        throw invalid(value, text, true);
    }

    private static SverkaException invalid(String value, TextInfo text, boolean bothAllowed) {
        return new SverkaException("Unknown --side '" + value + "' for '" + text.name() + "': use source ("
                + text.sourceLanguage().getLanguage() + ") or target (" + text.targetLanguage().getLanguage() + ")"
                + (bothAllowed ? " or both." : "."));
    }
}
