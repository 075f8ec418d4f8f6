package org.sverka.check.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sverka.check.CheckContext;
import org.sverka.check.WordTranslations;
import org.sverka.dictionary.DictionaryFile;

/**
 * The command line of a benchmark: its positional arguments, flags such as {@code --misses}, and
 * {@code --dictionary F}, the user's bilingual dictionary (.dic, TSV or dictd .index) that the checks then use.
 */
record BenchmarkOptions(List<String> positional, List<String> flags, CheckContext context) {
    static final Locale EN = Locale.ENGLISH;
    static final Locale RU = Locale.forLanguageTag("ru");

    static BenchmarkOptions parse(String[] args) {
        List<String> positional = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        CheckContext context = new CheckContext(EN, RU);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--dictionary") && i + 1 < args.length) {
                context = context.withTranslations(WordTranslations.of(DictionaryFile.read(Path.of(args[++i])), EN, RU));
            } else if (args[i].startsWith("--")) {
                flags.add(args[i]);
            } else {
                positional.add(args[i]);
            }
        }
        return new BenchmarkOptions(List.copyOf(positional), List.copyOf(flags), context);
    }

    int number(int position, int otherwise) {
        return positional.size() > position ? Integer.parseInt(positional.get(position)) : otherwise;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }
}
