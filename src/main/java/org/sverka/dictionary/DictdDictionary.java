package org.sverka.dictionary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.sverka.SverkaException;

/**
 * Reads a dictionary in the dictd format FreeDict publishes (for example Debian's dict-freedict-deu-fra):
 * an {@code .index} of "headword TAB offset TAB length" lines (offset and length in dictd's base64) and a
 * {@code .dict} or dictzip-compressed {@code .dict.dz} beside it. An entry's first line is the headword
 * (with pronunciation and part of speech); its translations are the next line, or, for several senses,
 * the lines numbered "1.", "2." ...; the lines after a translation line are glosses in the source language
 * and are skipped. Translations are split at commas and semicolons, and parenthesised notes are dropped.
 * Entries laid out as Mueller's English-Russian dictionary is, indented under the headword, are read by
 * {@link IndentedEntry}.
 */
public final class DictdDictionary {
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final Pattern SENSE = Pattern.compile("^\\d+\\.\\s*");
    /** Far above any real dictionary; stops a decompression bomb before it fills the heap. */
    private static final long MAX_DICTIONARY_BYTES = 256L << 20;
    private static final Pattern NOTE = Pattern.compile("\\([^)]*\\)|<[^>]*>|\\[[^]]*]");

    private DictdDictionary() {
    }

    /** The dictionary of a dictd {@code .index} file and the {@code .dict.dz} or {@code .dict} next to it. */
    public static BilingualDictionary read(Path index) {
        return read(index, MAX_DICTIONARY_BYTES);
    }

    static BilingualDictionary read(Path index, long limit) {
        String name = index.getFileName().toString();
        if (!name.endsWith(".index")) {
            throw new SverkaException("Dictionary " + index + " is not a dictd index: give the file ending in .index.");
        }
        String base = name.substring(0, name.length() - ".index".length());
        Path compressed = index.resolveSibling(base + ".dict.dz");
        Path plain = index.resolveSibling(base + ".dict");
        try {
            byte[] data = Files.exists(compressed) ? gunzip(compressed, limit) : readPlain(plain, limit);
            List<BilingualDictionary.Entry> entries = new ArrayList<>();
            List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
            for (int n = 0; n < lines.size(); n++) {
                String[] fields = lines.get(n).split("\t");
                if (fields.length != 3) {
                    throw new SverkaException("Line " + (n + 1) + " of dictd index " + index
                            + " is not 'headword TAB offset TAB length': '" + lines.get(n) + "'.");
                }
                if (fields[0].startsWith("00database") || fields[0].startsWith("00-database")) {
                    continue;
                }
                long offset = decode(fields[1]);
                long length = decode(fields[2]);
                if (offset < 0 || length < 0 || offset + length > data.length) {
                    throw new SverkaException("Line " + (n + 1) + " of dictd index " + index
                            + " points outside its dictionary file: the two files do not belong together.");
                }
                String text = new String(data, (int) offset, (int) length, StandardCharsets.UTF_8);
                for (String translation : translations(text)) {
                    entries.add(new BilingualDictionary.Entry(fields[0], translation));
                }
            }
            return new BilingualDictionary(entries);
        } catch (IOException e) {
            throw new SverkaException("Cannot read dictd dictionary " + index + " (and its .dict.dz or .dict beside it): "
                    + e.getMessage() + ".", e);
        }
    }

    /** The translations of one entry's text. */
    static List<String> translations(String entry) {
        if (IndentedEntry.matches(entry)) {
            return IndentedEntry.translations(entry);
        }
        String[] lines = entry.strip().split("\n");
        List<String> senses = new ArrayList<>();
        for (int k = 1; k < lines.length; k++) {
            if (SENSE.matcher(lines[k]).lookingAt()) {
                senses.add(SENSE.matcher(lines[k]).replaceFirst(""));
            }
        }
        if (senses.isEmpty() && lines.length > 1) {
            senses.add(lines[1]);
        }
        List<String> translations = new ArrayList<>();
        for (String sense : senses) {
            for (String part : NOTE.matcher(sense).replaceAll("").split("[,;]")) {
                String word = part.strip();
                if (!word.isEmpty()) {
                    translations.add(word);
                }
            }
        }
        return translations;
    }

    /** dictd's base64 numbers: most significant digit first, A = 0 ... / = 63. */
    static long decode(String digits) {
        long value = 0;
        for (int k = 0; k < digits.length(); k++) {
            int digit = BASE64.indexOf(digits.charAt(k));
            if (digit < 0) {
                return -1;
            }
            value = value * 64 + digit;
        }
        return value;
    }

    private static byte[] gunzip(Path file, long limit) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                if (out.size() > limit) {
                    throw tooLarge(file, limit);
                }
            }
            return out.toByteArray();
        }
    }

    private static byte[] readPlain(Path file, long limit) throws IOException {
        if (Files.size(file) > limit) {
            throw tooLarge(file, limit);
        }
        return Files.readAllBytes(file);
    }

    private static SverkaException tooLarge(Path file, long limit) {
        return new SverkaException("Dictionary " + file + " holds more than " + (limit >> 20)
                + " MB of text (FreeDict's German-French dictionary holds 6 MB): refused as a likely wrong or hostile file.");
    }
}
