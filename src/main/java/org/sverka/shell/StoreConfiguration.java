package org.sverka.shell;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.sverka.store.Store;
import org.sverka.workbench.Workbench;

/** The database is opened on first use, so that 'help' works even when the database is unavailable. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    /** SVERKA_DB (a path; H2 adds ".mv.db") or, by default, ~/.sverka/sverka. */
    static Path databasePath() {
        String env = System.getenv("SVERKA_DB");
        if (env != null && !env.isBlank()) {
            return Path.of(env.strip());
        }
        return Path.of(System.getProperty("user.home"), ".sverka", "sverka");
    }

    @Bean(destroyMethod = "close")
    @Lazy
    Store store() {
        return Store.open(databasePath());
    }

    @Bean
    @Lazy
    Workbench workbench(Store store) {
        return new Workbench(store);
    }
}
