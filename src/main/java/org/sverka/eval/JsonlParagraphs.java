package org.sverka.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sverka.SverkaException;

/**
 * The paragraph labels of the gold sentences of a JSON Lines gold file (the Anna Karenina format):
 * sentence ids {@code s6.0} and {@code s6.1} lie in paragraph {@code s6}. Empty ids (a side with no
 * sentence) are skipped, and the ids must then match the "text" lists one to one.
 */
final class JsonlParagraphs {

    /** Labels of one side, in the order {@link SharedCorpora#readJsonlBeads} numbers the sentences. */
    record Labels(List<Integer> source, List<Integer> target) {
    }

    private JsonlParagraphs() {
    }

    static Labels read(Path jsonl) {
        Side source = new Side();
        Side target = new Side();
        List<String> lines = SharedCorpora.lines(jsonl);
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            try {
                Map<?, ?> bead = (Map<?, ?>) JsonReader.parse(lines.get(n));
                source.add((Map<?, ?>) bead.get("sources"));
                target.add((Map<?, ?>) bead.get("targets"));
            } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
                throw new SverkaException("Malformed gold bead on line " + (n + 1) + " of " + jsonl + ": "
                        + e.getMessage() + ". Expected one id per text: "
                        + "{\"sources\":{\"ids\":[...],\"text\":[...]},...}.", e);
            }
        }
        return new Labels(List.copyOf(source.labels), List.copyOf(target.labels));
    }

    /** Numbers paragraphs in order of appearance; a prefix seen again later starts a new paragraph. */
    private static final class Side {
        private final List<Integer> labels = new ArrayList<>();
        private String previousPrefix = "";

        void add(Map<?, ?> side) {
            List<String> ids = ((List<?>) side.get("ids")).stream().map(String.class::cast)
                    .filter(id -> !id.isEmpty()).toList();
            int texts = ((List<?>) side.get("text")).size();
            if (ids.size() != texts) {
                throw new IllegalArgumentException(ids.size() + " ids but " + texts + " texts");
            }
            for (String id : ids) {
                String prefix = id.split("\\.", 2)[0];
                int last = labels.isEmpty() ? -1 : labels.get(labels.size() - 1);
                labels.add(prefix.equals(previousPrefix) ? last : last + 1);
                previousPrefix = prefix;
            }
        }
    }
}
