package org.sverka.importer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the workspace's read-only shared folder (corpora, DTD): the system property {@code sverka.shared},
 * then the environment variable {@code SVERKA_SHARED}, then {@code ../shared}, then {@code ../../shared}.
 */
final class SharedFolder {
    private SharedFolder() {
    }

    static Optional<Path> find() {
        return org.sverka.corpus.SharedFolder.locate();
    }
}
