package org.sverka.dictionary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.sverka.SverkaException;

/**
 * Reads a user's bilingual dictionary in whichever format its file name says: a dictd {@code .index} (with
 * its {@code .dict.dz} or {@code .dict} beside it, as FreeDict ships them), else hunalign's {@code .dic}
 * or a two-column TSV.
 */
public final class DictionaryFile {
    private DictionaryFile() {
    }

    public static BilingualDictionary read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SverkaException("Dictionary " + file + " does not exist or is not a file. Give a hunalign .dic file, "
                    + "a two-column TSV (source TAB target) or a dictd .index file.");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        BilingualDictionary dictionary = name.endsWith(".index") ? DictdDictionary.read(file) : BilingualDictionary.read(file);
        if (dictionary.isEmpty()) {
            throw new SverkaException("Dictionary " + file + " has no entries.");
        }
        return dictionary;
    }
}
