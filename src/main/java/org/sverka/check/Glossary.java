package org.sverka.check;

import java.util.List;
import java.util.Objects;

/** The user's term list: each source-language term and the translation it must get. */
public record Glossary(List<Term> terms) {
    public static final Glossary EMPTY = new Glossary(List.of());

    public record Term(String source, String target) {
        public Term {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            if (source.isBlank() || target.isBlank()) {
                throw new IllegalArgumentException("a glossary term needs both sides: \"" + source + "\" / \"" + target + "\"");
            }
        }
    }

    public Glossary {
        terms = List.copyOf(terms);
    }

    /**
     * Reads a glossary file, choosing the reader by its extension: {@code .tbx} (or {@code .xml}) is TBX, read for
     * the text's two languages ({@link GlossaryTbxReader}); anything else is two-column CSV, source term first
     * ({@link GlossaryCsvReader}). Throws {@link GlossaryFormatException} with the file and the fault.
     */
    public static Glossary read(java.nio.file.Path file, java.util.Locale source, java.util.Locale target) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".tbx") || name.endsWith(".xml")
                ? new GlossaryTbxReader(source, target).read(file)
                : new GlossaryCsvReader().read(file);
    }

    /** The same terms with the languages swapped, for a text whose source is the glossary's target language. */
    public Glossary reversed() {
        return new Glossary(terms.stream().map(t -> new Term(t.target(), t.source())).toList());
    }
}
