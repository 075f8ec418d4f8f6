package org.sverka.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.SverkaException;

/**
 * One side of a gold-aligned corpus in JSON Lines (one bead per line:
 * {@code {"sources":{"ids":[..],"text":[..]},"targets":{..}}}) as paragraphs of gold sentences.
 * Sentence ids such as {@code s6.0} and {@code s6.1} share the paragraph {@code s6}. Used by
 * {@link SegmentationBenchmark}; Jackson comes with Tika.
 */
final class GoldSentenceCorpus {

    private GoldSentenceCorpus() {
    }

    /** @param side "sources" or "targets"; each paragraph is its list of gold sentences, in order. */
    static List<List<String>> paragraphs(Path jsonl, String side) {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<String>> paragraphs = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode bead = json.readTree(line).path(side);
                List<String> ids = nonEmptyIds(bead.path("ids"));
                JsonNode texts = bead.path("text");
                if (ids.size() != texts.size()) {
                    throw new SverkaException("Gold bead at " + jsonl + ":" + lineNumber + " has " + ids.size()
                            + " ids but " + texts.size() + " texts on side '" + side + "'; fix the corpus file.");
                }
                for (int i = 0; i < ids.size(); i++) {
                    String paragraph = ids.get(i).split("\\.", 2)[0];
                    paragraphs.computeIfAbsent(paragraph, p -> new ArrayList<>()).add(texts.get(i).asText().strip());
                }
            }
        } catch (IOException e) {
            throw new SverkaException("Cannot read the gold corpus " + jsonl + ": " + e.getMessage(), e);
        }
        return new ArrayList<>(paragraphs.values());
    }

    private static List<String> nonEmptyIds(JsonNode ids) {
        List<String> result = new ArrayList<>();
        ids.forEach(id -> {
            if (!id.asText().isEmpty()) {
                result.add(id.asText());
            }
        });
        return result;
    }
}
