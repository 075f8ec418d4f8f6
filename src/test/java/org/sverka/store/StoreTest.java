package org.sverka.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sverka.store.SampleDocuments.english;
import static org.sverka.store.SampleDocuments.russian;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.model.Bead;

class StoreTest {
    @TempDir
    Path folder;

    @Test
    void createsTheDatabaseFileAndItsFolder() {
        Path base = folder.resolve("data").resolve("sverka");

        try (Store store = Store.open(base)) {
            assertThat(store.location()).isEqualTo(base + ".mv.db");
        }

        assertThat(folder.resolve("data").resolve("sverka.mv.db")).isRegularFile();
    }

    @Test
    void findsEverythingAfterReopening() {
        Path base = folder.resolve("sverka");
        List<Bead> beads = List.of(Bead.automatic(0, 1, 0, 1, 0.9), Bead.automatic(1, 2, 1, 3, 0.4));
        TextInfo created;
        try (Store store = Store.open(base)) {
            created = store.texts().create("переговоры", english(), russian());
            store.alignments().replace(created.id(), beads);
        }

        try (Store store = Store.open(base)) {
            TextInfo found = store.texts().find("переговоры").orElseThrow();
            assertThat(found).isEqualTo(new TextInfo(created.id(), created.name(), created.sourceLanguage(),
                    created.targetLanguage(), created.sourceFile(), created.targetFile(), 3, 4, 2, created.created()));
            assertThat(store.texts().sentences(found.id(), Side.TARGET)).isEqualTo(russian().sentences());
            assertThat(store.alignments().beads(found.id())).isEqualTo(beads);
        }
    }

    @Test
    void upgradesADatabaseWrittenByAnEarlierVersion() {
        Path base = folder.resolve("old");
        Flyway.configure().dataSource("jdbc:h2:file:" + base, "sa", "").target("1").load().migrate();

        try (Store store = Store.open(base)) {
            long id = store.texts().create("talks", english(), russian()).id();
            store.findings().dismiss(id, "sig");

            assertThat(store.findings().dismissed(id)).containsExactly("sig");
        }
    }

    @Test
    void namingTheMvDbFileOpensTheSameDatabase() {
        try (Store store = Store.open(folder.resolve("sverka"))) {
            store.texts().create("talks", english(), russian());
        }

        try (Store store = Store.open(folder.resolve("sverka.mv.db"))) {
            assertThat(store.texts().names()).containsExactly("talks");
        }
    }

    @Test
    void twoStoresOnOneFileShareItsContent() {
        Path base = folder.resolve("shared");
        try (Store first = Store.open(base); Store second = Store.open(base)) {
            first.texts().create("talks", english(), russian());

            assertThat(second.texts().names()).containsExactly("talks");
            assertThatThrownBy(() -> second.texts().create("talks", english(), russian()))
                    .isInstanceOf(TextNameTakenException.class);
        }
    }

    @Test
    void aSecondProcessSharesTheOpenDatabase() throws Exception {
        Path base = folder.resolve("shared");
        try (Store store = Store.open(base)) {
            store.texts().create("talks", english(), russian());

            SecondProcess other = SecondProcess.start("add", base.toString(), "from-other-process");
            String seen = other.lineStartingWith("names ");
            assertThat(other.finish()).isZero();

            assertThat(seen).isEqualTo("names from-other-process,talks");
            assertThat(store.texts().names()).containsExactly("from-other-process", "talks");
        }
    }

    @Test
    void keepsWorkingWhenTheProcessThatOpenedTheDatabaseFirstEnds() throws Exception {
        Path base = folder.resolve("shared");
        SecondProcess first = SecondProcess.start("share", base.toString());
        try {
            assertThat(first.lineStartingWith("sharing")).isEqualTo("sharing ");
            try (Store store = Store.open(base)) {
                store.texts().create("talks", english(), russian());
                assertThat(first.finish()).isZero();

                store.texts().create("more", russian(), english());
                assertThat(store.texts().names()).containsExactly("more", "talks");
            }
        } finally {
            first.finish();
        }
        try (Store store = Store.open(base)) {
            assertThat(store.texts().names()).containsExactly("more", "talks");
        }
    }

    @Test
    void aDatabaseHeldWithoutSharingIsReportedClearly() throws Exception {
        Path base = folder.resolve("held");
        try (Store store = Store.open(base)) {
            store.texts().create("talks", english(), russian());
        }
        SecondProcess holder = SecondProcess.start("hold", base.toString());
        try {
            holder.lineStartingWith("holding");

            assertThatThrownBy(() -> Store.open(base))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("The database " + base + ".mv.db is in use by another program")
                    .hasMessageEndingWith("close that program or choose another database file.");
        } finally {
            holder.finish();
        }
        try (Store store = Store.open(base)) {
            assertThat(store.texts().names()).containsExactly("talks");
        }
    }

    @Test
    void compactingShrinksTheFileAfterABigTextIsDeleted() throws IOException {
        Path base = folder.resolve("compact");
        Path file = folder.resolve("compact.mv.db");
        try (Store store = Store.open(base)) {
            store.texts().create("book", SampleDocuments.numbered("b.en", Locale.ENGLISH, "Line", 20_000),
                    SampleDocuments.numbered("b.ru", SampleDocuments.RUSSIAN, "Строка", 20_000));
            store.texts().create("talks", english(), russian());
            store.texts().delete("book");
        }
        long before = Files.size(file);

        Store.compact(base);

        assertThat(Files.size(file)).isLessThan(before / 2);
        try (Store store = Store.open(base)) {
            TextInfo talks = store.texts().find("talks").orElseThrow();
            assertThat(store.texts().sentences(talks.id(), Side.TARGET)).isEqualTo(russian().sentences());
        }
    }

    @Test
    void compactingAFileInUseIsRefusedAndLeavesTheStoreWorking() {
        Path base = folder.resolve("busy");
        try (Store store = Store.open(base)) {
            store.texts().create("talks", english(), russian());

            assertThatThrownBy(() -> Store.compact(base)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is in use");
            assertThat(store.texts().names()).containsExactly("talks");
        }
    }

    @Test
    void compactingAFileAnotherProcessHoldsIsRefused() throws Exception {
        Path base = folder.resolve("shared");
        SecondProcess other = SecondProcess.start("share", base.toString());
        try {
            other.lineStartingWith("sharing");

            assertThatThrownBy(() -> Store.compact(base)).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("The database " + base + ".mv.db is in use by another program");
        } finally {
            assertThat(other.finish()).isZero();
        }
    }

    @Test
    void compactingAMissingFileSaysSo() {
        assertThatThrownBy(() -> Store.compact(folder.resolve("nothing")))
                .isInstanceOf(StoreException.class)
                .hasMessage("There is no database file " + folder.resolve("nothing.mv.db") + " to compact; check the path.");
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws IOException {
        Path notDatabase = folder.resolve("notes.mv.db");
        Files.writeString(notDatabase, "Dear diary, today I aligned a novel.\n".repeat(200), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Store.open(notDatabase))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The file " + notDatabase + " is not a sverka database or is damaged");
    }

    @Test
    void refusesALargeFileThatIsNotADatabase() throws IOException {
        Path notDatabase = folder.resolve("novel.mv.db");
        Files.writeString(notDatabase, "Все счастливые семьи похожи друг на друга.\n".repeat(3000), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Store.open(notDatabase))
                .isInstanceOf(StoreException.class)
                .hasMessage("The file " + notDatabase + " is not a sverka database or is damaged;"
                        + " choose another database file or restore a backup.");
    }

    @Test
    void refusesAPathH2CannotTakeInAUrl() {
        assertThatThrownBy(() -> Store.open(folder.resolve("a;b")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("contains ';'");
    }

    @Test
    void inMemoryStoresAreSeparate() {
        try (Store one = Store.inMemory(); Store two = Store.inMemory()) {
            one.texts().create("talks", english(), russian());

            assertThat(two.texts().names()).isEmpty();
            assertThat(one.location()).isEqualTo("an in-memory database");
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        Store store = Store.inMemory();
        store.texts().create("talks", english(), russian());
        store.close();

        assertThatThrownBy(() -> store.texts().names()).isInstanceOf(StoreException.class)
                .hasMessage("Could not list the text names: the store of an in-memory database is closed.");
    }
}
