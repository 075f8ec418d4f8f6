package org.sverka.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds /work/shared (corpora, tmx14.dtd): system property sverka.shared, then env SVERKA_SHARED,
 * then ../shared, then ../../shared. Tests that need it skip when it is absent.
 */
public final class SharedMaterial {

    private SharedMaterial() {
    }

    public static Optional<Path> directory() {
        return org.sverka.corpus.SharedFolder.locate();
    }

    /** The TMX 1.4b DTD; skips the calling test when the shared material is absent. */
    public static Path tmxDtd() {
        Optional<Path> dtd = directory().map(dir -> dir.resolve("tmx").resolve("tmx14.dtd"))
                .filter(Files::isRegularFile);
        assumeTrue(dtd.isPresent(), "shared material with tmx/tmx14.dtd not found "
                + "(set -Dsverka.shared or SVERKA_SHARED); skipping DTD validation");
        return dtd.get().toAbsolutePath();
    }
}
