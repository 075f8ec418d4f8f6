package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipExpansionGuardTest {
    private static final String ODT = "application/vnd.oasis.opendocument.text";

    @TempDir
    Path dir;

    @Test
    void letsAGenuineDocumentThrough() throws IOException {
        Path file = TestDocuments.odt(dir.resolve("talks.ru.odt"), List.of(TestDocuments.RU_1, TestDocuments.RU_2));

        assertThat(ZipExpansionGuard.isZip(file)).isTrue();
        assertThatCode(() -> ZipExpansionGuard.check(file, Files.size(file), "talks.ru.odt", ODT))
                .doesNotThrowAnyException();
    }

    @Test
    void stopsAnArchiveThatExpandsAHundredfoldPastTheGraceSize() throws IOException {
        Path file = dir.resolve("bomb.odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            TestDocuments.writeEntry(zip, "content.xml", new byte[2 * 1024 * 1024]);
        }
        long size = Files.size(file);

        assertThatThrownBy(() -> ZipExpansionGuard.check(file, size, "bomb.odt", ODT))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("bomb.odt expands to far more data than its size (a zip bomb?)");
    }

    @Test
    void toleratesHighRatiosInSmallArchives() throws IOException {
        Path file = dir.resolve("blank.odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            TestDocuments.writeEntry(zip, "content.xml", new byte[512 * 1024]);
        }

        assertThatCode(() -> ZipExpansionGuard.check(file, Files.size(file), "blank.odt", ODT))
                .doesNotThrowAnyException();
    }

    @Test
    void reportsATruncatedArchiveAsDamaged() throws IOException {
        Path whole = TestDocuments.odt(dir.resolve("whole.odt"), List.of(TestDocuments.RU_1));
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("cut.odt"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> ZipExpansionGuard.check(file, Files.size(file), "cut.odt", ODT))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("cut.odt could not be read as ODT: ")
                .hasMessageEndingWith("The file may be damaged or truncated; open it and save it again.");
    }

    @Test
    void tellsATextFileFromAZip() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "PK is not enough");

        assertThat(ZipExpansionGuard.isZip(file)).isFalse();
    }
}
