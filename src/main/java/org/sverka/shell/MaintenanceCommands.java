package org.sverka.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.sverka.SverkaException;
import org.sverka.store.Store;

/** Looking after the database file. */
@ShellComponent
class MaintenanceCommands {
    private final ConfigurableListableBeanFactory beans;

    MaintenanceCommands(ConfigurableListableBeanFactory beans) {
        this.beans = beans;
    }

    @ShellMethod(key = "compact", group = "Texts", value = "Rewrite the database file without its free space "
            + "(H2 keeps the space a large import or delete used). Run it when no other sverka has the database open.")
    String compact() {
        if (beans.containsSingleton("store")) {
            throw new SverkaException("The database is open in this shell: quit, then run './sverka compact'.");
        }
        Path database = StoreConfiguration.databasePath();
        Path file = database.getFileName().toString().endsWith(".mv.db")
                ? database : database.resolveSibling(database.getFileName() + ".mv.db");
        long before = size(file);
        Store.compact(database);
        return String.format(Locale.ROOT, "Compacted %s: %,d -> %,d bytes.", file, before, size(file));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
