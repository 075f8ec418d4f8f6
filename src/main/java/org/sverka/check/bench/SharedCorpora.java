package org.sverka.check.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared corpora folder: system property {@code sverka.shared}, then the environment
 * variable {@code SVERKA_SHARED}, then {@code ../shared} and {@code ../../shared}.
 */
public final class SharedCorpora {
    private SharedCorpora() {
    }

    public static Optional<Path> locate() {
        return org.sverka.corpus.SharedFolder.locate();
    }

    public static Optional<Path> ntrex() {
        return locate().map(p -> p.resolve("corpora").resolve("ntrex-en-ru"))
                .filter(p -> Files.isRegularFile(p.resolve("newstest2019-src.eng.txt")));
    }
}
