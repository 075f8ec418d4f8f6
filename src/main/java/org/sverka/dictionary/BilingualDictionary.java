package org.sverka.dictionary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sverka.SverkaException;

/**
 * Word translations the user supplies, as (source word, target word) pairs in lower case. Reads
 * hunalign's .dic format ("target @ source" a line) or a two-column TSV ("source TAB target").
 * Multi-word entries are kept; only their single words can link during alignment.
 */
public record BilingualDictionary(List<Entry> entries) {

    public record Entry(String source, String target) {
        public Entry {
            source = source.strip().toLowerCase(Locale.ROOT);
            target = target.strip().toLowerCase(Locale.ROOT);
        }
    }

    public static final BilingualDictionary EMPTY = new BilingualDictionary(List.of());

    public BilingualDictionary {
        entries = List.copyOf(entries);
    }

    public static BilingualDictionary read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SverkaException("Cannot read dictionary " + file + ": " + e.getMessage()
                    + ". Give a hunalign .dic file or a two-column TSV (source TAB target).", e);
        }
        List<Entry> entries = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int at = line.indexOf(" @ ");
            int tab = line.indexOf('\t');
            if (at > 0) {
                entries.add(new Entry(line.substring(at + 3), line.substring(0, at)));
            } else if (tab > 0) {
                entries.add(new Entry(line.substring(0, tab), line.substring(tab + 1).split("\t")[0]));
            } else {
                throw new SverkaException("Line " + (n + 1) + " of dictionary " + file + " is neither 'target @ source' "
                        + "(hunalign .dic) nor 'source TAB target' (TSV): '" + line + "'.");
            }
        }
        return new BilingualDictionary(entries);
    }

    /** This dictionary's entries followed by the other's: for example both directions of a language pair. */
    public BilingualDictionary plus(BilingualDictionary other) {
        List<Entry> merged = new ArrayList<>(entries);
        merged.addAll(other.entries);
        return new BilingualDictionary(merged);
    }

    /**
     * This dictionary the way round a text needs it: reversed when its headwords are written in the target
     * language's script and not the source's (a Russian-English list given for an English text, judged on its
     * first thousand entries). Between two languages of one script it is taken as given.
     */
    public BilingualDictionary orientedFor(Locale sourceLanguage, Locale targetLanguage) {
        int sourceScript = Scripts.of(sourceLanguage);
        int targetScript = Scripts.of(targetLanguage);
        if (sourceScript == targetScript) {
            return this;
        }
        int inSource = 0;
        int inTarget = 0;
        for (Entry entry : entries.subList(0, Math.min(1000, entries.size()))) {
            int script = Scripts.of(entry.source());
            inSource += script == sourceScript ? 1 : 0;
            inTarget += script == targetScript ? 1 : 0;
        }
        return inTarget > inSource ? reversed() : this;
    }

    /** The same translations read the other way: a fra-deu dictionary as deu-fra. */
    public BilingualDictionary reversed() {
        return new BilingualDictionary(entries.stream().map(e -> new Entry(e.target(), e.source())).toList());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
