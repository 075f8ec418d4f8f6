package org.sverka.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the workspace's read-only shared folder (corpora, DTD): the system property {@code sverka.shared},
 * then the environment variable {@code SVERKA_SHARED}, then {@code ../shared}, then {@code ../../shared}.
 */
final class SharedFolder {
    private SharedFolder() {
    }

    static Optional<Path> find() {
        return Stream.of(Optional.ofNullable(System.getProperty("sverka.shared")).map(Path::of),
                        Optional.ofNullable(System.getenv("SVERKA_SHARED")).map(Path::of),
                        Optional.of(Path.of("..", "shared")), Optional.of(Path.of("..", "..", "shared")))
                .flatMap(Optional::stream)
                .filter(Files::isDirectory)
                .findFirst();
    }
}
