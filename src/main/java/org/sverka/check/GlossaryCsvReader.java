package org.sverka.check;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a glossary from CSV (RFC 4180: commas, double-quoted fields, "" for a quote inside one;
 * UTF-8, a BOM is skipped). Column 1 is the source term, column 2 the target term, further columns
 * are ignored. A first row naming the columns (source,target / en,ru / term,translation) is skipped,
 * and so are blank rows and rows starting with '#'.
 */
public final class GlossaryCsvReader {
    private static final Set<String> HEADER_WORDS = Set.of("source", "target", "term", "translation", "en", "ru",
            "english", "russian", "de", "fr");

    public Glossary read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new GlossaryFormatException("Cannot read the glossary " + file + ": " + e.getMessage()
                    + ". Check that the file exists and is UTF-8 CSV.", e);
        }
    }

    public Glossary read(Reader reader, String name) throws IOException {
        List<List<String>> rows = parse(reader, name);
        List<Glossary.Term> terms = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isBlank() || row.get(0).startsWith("#")) {
                continue;
            }
            if (i == 0 && row.stream().allMatch(c -> HEADER_WORDS.contains(c.strip().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            if (row.size() < 2 || row.get(0).isBlank() || row.get(1).isBlank()) {
                throw new GlossaryFormatException("Glossary " + name + ", row " + (i + 1)
                        + ": expected two columns, source term and target term, got " + row);
            }
            terms.add(new Glossary.Term(row.get(0).strip(), row.get(1).strip()));
        }
        return new Glossary(terms);
    }

    private static List<List<String>> parse(Reader reader, String name) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        for (; c != -1; c = reader.read()) {
            if (quoted) {
                if (c == '"') {
                    int next = reader.read();
                    if (next == '"') {
                        cell.append('"');
                        continue;
                    }
                    quoted = false;
                    if (next == -1) {
                        break;
                    }
                    c = next;
                } else {
                    cell.append((char) c);
                    continue;
                }
            }
            if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append((char) c);
            }
        }
        if (quoted) {
            throw new GlossaryFormatException("Glossary " + name + ": a quoted field is not closed; check the double quotes.");
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
