package org.sverka.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core is a plain-Java library: the store and the shell sit on top of it, never inside it. */
class LayeringTest {
    private static final String[] CORE = {
        "org.sverka.model..", "org.sverka.importer..", "org.sverka.segment..", "org.sverka.align..",
        "org.sverka.eval..", "org.sverka.check..", "org.sverka.export..", "org.sverka.tmx..",
        "org.sverka.pipeline..", "org.sverka.review..", "org.sverka.corpus..", "org.sverka.dictionary..",
        "org.sverka.transliteration..", "org.sverka.xml.."
    };

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sverka");

    @Test
    void coreUsesNoSpringNoJdbcNoStoreNoShell() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..",
                        "org.sverka.store..", "org.sverka.shell..", "org.sverka.workbench..")
                .check(classes);
    }

    @Test
    void storeUsesNoSpringAndNoShell() {
        noClasses().that().resideInAPackage("org.sverka.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.sverka.shell..")
                .check(classes);
    }

    @Test
    void onlyTheStoreTouchesJdbc() {
        noClasses().that().resideOutsideOfPackage("org.sverka.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }
}
