package org.sverka.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.export.ExportOptions;
import org.sverka.model.AlignedPair;
import org.sverka.model.Bead;
import org.sverka.review.Side;
import org.sverka.store.Store;
import org.sverka.store.TextInfo;
import org.sverka.tmx.MalformedTmxException;
import org.sverka.tmx.TmxReader;
import org.sverka.tmx.TmxUnit;

class TmxImportTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = QuakeStory.RUSSIAN;

    @TempDir
    Path dir;
    private Store store;
    private Workbench workbench;
    private TmxImport tmxImport;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("db"));
        workbench = new Workbench(store);
        tmxImport = new TmxImport(workbench);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<TmxUnit> units(Path tmx) {
        return new TmxReader().read(tmx, EN, RU).units();
    }

    private static List<List<String>> texts(List<TmxUnit> units) {
        return units.stream().map(unit -> List.of(unit.sourceText(), unit.targetText())).toList();
    }

    @Test
    void exportImportExportGivesTheSamePairs() throws Exception {
        QuakeStory.importWithOneMistake(workbench, dir);
        new Corrections(workbench).detach(QuakeStory.NAME, 8, Side.SOURCE, 7);
        Path first = workbench.export(QuakeStory.NAME, ExportFormat.TMX, dir.resolve("first.tmx"), ExportOptions.defaults())
                .files().get(0);

        ImportOutcome imported = tmxImport.importTmx(first, "again", EN, RU);
        Path second = workbench.export("again", ExportFormat.TMX, dir.resolve("second.tmx"), ExportOptions.defaults())
                .files().get(0);

        assertThat(imported.notes()).isEmpty();
        assertThat(imported.text().pairs()).isEqualTo(26);
        assertThat(texts(units(second))).isEqualTo(texts(units(first))).hasSize(26);
        assertThat(units(second)).allSatisfy(unit -> assertThat(unit.props()).containsEntry("x-status", "confirmed"));
    }

    @Test
    void everyUnitBecomesOneConfirmedOneToOnePair() throws Exception {
        Path tmx = Files.writeString(dir.resolve("talks.tmx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="en" segtype="sentence"/><body>
                <tu><tuv xml:lang="en"><seg>Good afternoon.</seg></tuv><tuv xml:lang="ru"><seg>Добрый день.</seg></tuv></tu>
                <tu><tuv xml:lang="en"><seg>We have just finished our talks. They were long.</seg></tuv>
                    <tuv xml:lang="ru"><seg>Мы только что закончили переговоры. Они были долгими.</seg></tuv></tu>
                </body></tmx>
                """, StandardCharsets.UTF_8);

        TextInfo text = tmxImport.importTmx(tmx, null, EN, RU).text();

        assertThat(text.name()).isEqualTo("talks");
        assertThat(text.sourceSentences()).isEqualTo(2);
        assertThat(workbench.pairs("talks", 1, 10)).extracting(AlignedPair::bead).containsExactly(
                new Bead(0, 1, 0, 1, 1.0, Bead.Status.CONFIRMED), new Bead(1, 1, 1, 1, 1.0, Bead.Status.CONFIRMED));
        assertThat(workbench.pairs("talks", 2, 1).get(0).targetText())
                .isEqualTo("Мы только что закончили переговоры. Они были долгими.");
    }

    @Test
    void toleratesRealWorldFilesAndReportsWhatItSkipped() throws Exception {
        Path tmx = Files.writeString(dir.resolve("trados.tmx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="X" o-tmf="?" x-extra="1" srclang="EN-US"/><body>
                <tu tuid="7" x-odd="yes"><tuv xml:lang="EN"><seg>Hello.</seg></tuv>
                    <tuv xml:lang="ru-RU"><seg>Привет.</seg></tuv><tuv xml:lang="ru"><seg>Здравствуйте.</seg></tuv></tu>
                <tu><tuv xml:lang="en-GB"><seg>No translation.</seg></tuv></tu>
                <tu><tuv lang="en"><seg>Thanks.</seg></tuv><tuv xml:lang="RU"><seg>Спасибо.</seg></tuv></tu>
                </body></tmx>
                """, StandardCharsets.UTF_8);

        ImportOutcome outcome = tmxImport.importTmx(tmx, "trados", EN, RU);

        assertThat(workbench.pairs("trados", 1, 10)).extracting(AlignedPair::sourceText, AlignedPair::targetText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hello.", "Привет."),
                        org.assertj.core.groups.Tuple.tuple("Thanks.", "Спасибо."));
        assertThat(outcome.notes()).hasSize(2)
                .anySatisfy(note -> assertThat(note).startsWith("trados.tmx: units without a ru variant skipped: 1"))
                .anySatisfy(note -> assertThat(note).contains("several ru variants: the first kept: 1"));
    }

    @Test
    void refusesAFileWithoutUsableUnitsAndStoresNothing() throws Exception {
        Path tmx = Files.writeString(dir.resolve("de.tmx"), """
                <tmx version="1.4"><header/><body>
                <tu><tuv xml:lang="de"><seg>Hallo.</seg></tuv><tuv xml:lang="fr"><seg>Salut.</seg></tuv></tu>
                </body></tmx>
                """, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> tmxImport.importTmx(tmx, "de", EN, RU))
                .hasMessageStartingWith("TMX file " + tmx + " has no unit with both a en and a ru segment")
                .hasMessageEndingWith("check --source-lang and --target-lang.");
        assertThat(workbench.texts()).isEmpty();
    }

    @Test
    void refusesExternalEntitiesAndStoresNothing() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "password");
        Path tmx = Files.writeString(dir.resolve("xxe.tmx"), "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>&x;</seg></tuv>"
                + "<tuv xml:lang=\"ru\"><seg>x</seg></tuv></tu></body></tmx>\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> tmxImport.importTmx(tmx, "xxe", EN, RU)).isInstanceOf(MalformedTmxException.class);
        assertThat(workbench.texts()).isEmpty();
    }

    @Test
    void refusesANameThatIsTaken() throws Exception {
        QuakeStory.importText(workbench, dir);
        Path tmx = Files.writeString(dir.resolve("quakes.tmx"), "<tmx><body/></tmx>");

        assertThatThrownBy(() -> tmxImport.importTmx(tmx, null, EN, RU))
                .hasMessage("A text named 'quakes' exists already: give another --name, or delete it first ('delete quakes').");
    }
}
