package org.sverka.check.bench;

import org.sverka.SverkaException;
import org.sverka.check.CheckedPair;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NTREX-style line-parallel files (line i of the source is translated by line i of the target), split
 * into documents by a document id file; each document becomes a list of 1-1 pairs numbered from 1.
 */
public final class ParallelCorpus {
    private ParallelCorpus() {
    }

    public static List<List<CheckedPair>> ntrexDocuments(Path folder) {
        List<String> source = lines(folder.resolve("newstest2019-src.eng.txt"));
        List<String> target = lines(folder.resolve("newstest2019-ref.rus.txt"));
        List<String> ids = lines(folder.resolve("DOCUMENT_IDS.tsv"));
        if (source.size() != target.size() || source.size() != ids.size()) {
            throw new SverkaException("NTREX files in " + folder + " differ in length: " + source.size() + ", "
                    + target.size() + ", " + ids.size() + " lines; they must be line-parallel");
        }
        Map<String, List<CheckedPair>> documents = new LinkedHashMap<>();
        for (int i = 0; i < source.size(); i++) {
            List<CheckedPair> document = documents.computeIfAbsent(ids.get(i).strip(), k -> new ArrayList<>());
            document.add(CheckedPair.of(document.size() + 1, source.get(i), target.get(i)));
        }
        return List.copyOf(documents.values());
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SverkaException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
