package org.sverka.review;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The review logic is core: plain Java over the model, so the shell and the store can both sit on top of it. */
class ReviewLayeringTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sverka.review");

    @Test
    void reviewUsesNoSpringNoJdbcNoStoreNoShell() {
        noClasses().that().resideInAPackage("org.sverka.review..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..",
                        "org.sverka.store..", "org.sverka.shell..", "org.sverka.workbench..")
                .check(classes);
    }
}
