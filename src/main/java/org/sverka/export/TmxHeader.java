package org.sverka.export;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What the TMX header says about an export.
 *
 * @param sourceLanguage      language of the source texts; its {@link Locale#toLanguageTag()} ("en") becomes
 *                            the header's {@code srclang} and the source {@code <tuv xml:lang>}
 * @param targetLanguage      language of the target texts ("ru")
 * @param creationTool        the {@code creationtool} attribute, normally "sverka"
 * @param creationToolVersion the {@code creationtoolversion} attribute
 * @param creationDate        written as {@code creationdate} in TMX form (20261129T101500Z, UTC)
 * @param textName            the name of the aligned text, written as a header {@code <prop type="x-text-name">};
 *                            empty for none
 */
public record TmxHeader(Locale sourceLanguage, Locale targetLanguage, String creationTool,
                        String creationToolVersion, Instant creationDate, String textName) {

    public static final String SVERKA = "sverka";

    public TmxHeader {
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        Objects.requireNonNull(creationTool, "creationTool");
        Objects.requireNonNull(creationToolVersion, "creationToolVersion");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(textName, "textName");
        if (sourceLanguage.getLanguage().isEmpty() || targetLanguage.getLanguage().isEmpty()) {
            throw new IllegalArgumentException("source and target languages need a language code: "
                    + sourceLanguage.toLanguageTag() + ", " + targetLanguage.toLanguageTag());
        }
    }

    /** A header naming sverka as the creation tool. */
    public static TmxHeader sverka(Locale sourceLanguage, Locale targetLanguage, String version,
                                   Instant creationDate, String textName) {
        return new TmxHeader(sourceLanguage, targetLanguage, SVERKA, version, creationDate, textName);
    }

    public String sourceTag() {
        return sourceLanguage.toLanguageTag();
    }

    public String targetTag() {
        return targetLanguage.toLanguageTag();
    }
}
