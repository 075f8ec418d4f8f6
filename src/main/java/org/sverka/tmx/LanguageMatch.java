package org.sverka.tmx;

import java.util.Locale;

/**
 * Decides whether a {@code <tuv>}'s language tag is the source, the target, or neither. Real files write
 * "EN", "en-US", "ru-RU" or "en_GB" for "en" and "ru", so a tag matches by its primary language; when the
 * source and target share a primary language (en-US to en-GB) only the exact tag matches.
 */
final class LanguageMatch {

    enum Side { SOURCE, TARGET, OTHER }

    private final String sourceTag;
    private final String targetTag;
    private final String sourcePrimary;
    private final String targetPrimary;

    LanguageMatch(Locale source, Locale target) {
        this.sourceTag = normalized(source.toLanguageTag());
        this.targetTag = normalized(target.toLanguageTag());
        this.sourcePrimary = source.getLanguage();
        this.targetPrimary = target.getLanguage();
    }

    Side sideOf(String tag) {
        String normalized = normalized(tag);
        if (normalized.equals(sourceTag)) {
            return Side.SOURCE;
        }
        if (normalized.equals(targetTag)) {
            return Side.TARGET;
        }
        if (sourcePrimary.equals(targetPrimary)) {
            return Side.OTHER;
        }
        String primary = primaryLanguage(tag);
        if (primary.equals(sourcePrimary)) {
            return Side.SOURCE;
        }
        return primary.equals(targetPrimary) ? Side.TARGET : Side.OTHER;
    }

    /** The primary language of a tag as Locale spells it ("EN_gb" gives "en"); empty for "*all*" or junk. */
    static String primaryLanguage(String tag) {
        return Locale.forLanguageTag(normalized(tag)).getLanguage();
    }

    private static String normalized(String tag) {
        return tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
