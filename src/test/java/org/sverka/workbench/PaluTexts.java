package org.sverka.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.sverka.model.Progress;

/**
 * The Palu earthquake sample from corpora/ (27 sentences a side, all 1-1), imported and aligned, and a copy
 * whose Russian pair 2 says 348 where the English says 384: one NUMBERS error to find, dismiss and export.
 */
final class PaluTexts {
    static final Path SAMPLE = Path.of("corpora", "ntrex-reuters.218865");
    static final Path ENGLISH = SAMPLE.resolve("indonesia-earthquakes.en.txt");
    static final Path RUSSIAN = SAMPLE.resolve("indonesia-earthquakes.ru.txt");
    static final Locale EN = Locale.ENGLISH;
    static final Locale RU = Locale.forLanguageTag("ru");

    private PaluTexts() {
    }

    /** Imports and aligns the sample with pair 2's 384 changed to 348, as text {@code name}. */
    static void importWrongNumber(Workbench workbench, String name, Path folder) throws IOException {
        importWrongNumber(workbench, name, folder, "348");
    }

    /** Imports and aligns the sample with pair 2's 384 changed to {@code wrong}, as text {@code name}. */
    static void importWrongNumber(Workbench workbench, String name, Path folder, String wrong) throws IOException {
        String russian = Files.readString(RUSSIAN, StandardCharsets.UTF_8);
        Path changed = Files.writeString(folder.resolve(name + ".ru.txt"), russian.replace("384 человека", wrong + " человек"),
                StandardCharsets.UTF_8);
        workbench.importText(name, ENGLISH, EN, changed, RU, Progress.NONE);
        workbench.align(name, Progress.NONE);
    }

    /** Imports and aligns the sample as it is, as text {@code name}. */
    static void importClean(Workbench workbench, String name) {
        workbench.importText(name, ENGLISH, EN, RUSSIAN, RU, Progress.NONE);
        workbench.align(name, Progress.NONE);
    }
}
