package org.sverka.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the shared evaluation material (a folder holding {@code corpora/}, and {@code tmx/}) that the
 * benchmarks and corpus tests read and that may not be copied into the repository: the system property
 * {@code sverka.shared}, then the environment variable {@code SVERKA_SHARED}, then {@code ../shared}
 * and {@code ../../shared} from the working directory. Empty when none exists, so callers can skip.
 */
public final class SharedFolder {
    private SharedFolder() {
    }

    public static Optional<Path> locate() {
        return Stream.of(System.getProperty("sverka.shared"), System.getenv("SVERKA_SHARED"),
                        Path.of("..", "shared").toString(), Path.of("..", "..", "shared").toString())
                .filter(c -> c != null && !c.isBlank())
                .map(Path::of)
                .filter(path -> Files.isDirectory(path.resolve("corpora")))
                .findFirst();
    }
}
