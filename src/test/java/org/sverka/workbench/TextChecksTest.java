package org.sverka.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.SverkaException;
import org.sverka.check.Severity;
import org.sverka.check.UnknownCheckException;
import org.sverka.model.Bead;
import org.sverka.model.Progress;
import org.sverka.store.FindingRecord;
import org.sverka.store.Store;

class TextChecksTest {
    @TempDir
    Path dir;
    private Store store;
    private Workbench workbench;
    private TextChecks checks;
    private TextFindings findings;

    @BeforeEach
    void openStore() throws Exception {
        store = Store.open(dir.resolve("db").resolve("sverka"));
        workbench = new Workbench(store);
        checks = new TextChecks(workbench);
        findings = new TextFindings(workbench);
        PaluTexts.importWrongNumber(workbench, "palu", dir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aDictionaryGivesTheSameFindingsWhereItFindsNoDroppedWords() throws Exception {
        Path dictionary = Files.writeString(dir.resolve("en-ru.tsv"), "spokesman\tпредставитель\nearthquake\tземлетрясение\n");
        List<String> plain = checks.check("palu", new CheckRequest(), Progress.NONE).open().stream().map(FindingRecord::message).toList();

        CheckOutcome outcome = checks.check("palu", new CheckRequest().withDictionary(dictionary), Progress.NONE);

        assertThat(outcome.open()).extracting(FindingRecord::message).containsExactlyElementsOf(plain);
    }

    @Test
    void aMissingGlossaryIsOneSentenceSayingTheFileDoesNotExistAndWhatToGive() {
        Path missing = dir.resolve("nope.csv");

        assertThatThrownBy(() -> checks.check("palu", new CheckRequest().withOnly(List.of("GLOSSARY")).withGlossary(missing), Progress.NONE))
                .isInstanceOf(SverkaException.class)
                .hasMessage("The glossary file " + missing + " does not exist: give --glossary a term list,"
                        + " a CSV file (English term, Russian term) or a TBX file.");
    }

    @Test
    void aFolderGivenAsTheGlossaryIsRefusedAsAFolder() {
        assertThatThrownBy(() -> checks.check("palu", new CheckRequest().withOnly(List.of("GLOSSARY")).withGlossary(dir), Progress.NONE))
                .isInstanceOf(SverkaException.class).hasMessageContaining(dir + " is a folder: give --glossary");
    }

    @Test
    void aMissingDictionaryIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> checks.check("palu", new CheckRequest().withDictionary(dir.resolve("none.tsv")), Progress.NONE))
                .isInstanceOf(SverkaException.class).hasMessageContaining("none.tsv");
    }

    @Test
    void theChangedNumberIsStoredAsAnErrorOnItsPairWithBothSpans() {
        CheckOutcome outcome = checks.check("palu", new CheckRequest(), Progress.NONE);

        assertThat(outcome.pairs()).isEqualTo(27);
        assertThat(outcome.checks()).hasSize(12);
        FindingRecord number = only(store.findings().open(outcome.text().id()), "NUMBERS");
        assertThat(number.pairNumber()).isEqualTo(2);
        assertThat(number.severity()).isEqualTo("ERROR");
        String source = workbench.pairs("palu", 2, 1).get(0).sourceText();
        String target = workbench.pairs("palu", 2, 1).get(0).targetText();
        assertThat(number.sourceSpans()).extracting(r -> source.substring(r.start(), r.end())).containsExactly("384");
        assertThat(number.targetSpans()).extracting(r -> target.substring(r.start(), r.end())).containsExactly("348");
        assertThat(outcome.counts().get(Severity.ERROR)).containsEntry("NUMBERS", 1);
    }

    @Test
    void aDismissedFindingStaysAwayWhenTheChecksRunAgain() {
        checks.check("palu", new CheckRequest(), Progress.NONE);
        ListedFinding number = only(findings.list("palu", new FindingFilter().withCheck("NUMBERS")));

        assertThat(findings.dismiss("palu", number.number()).changed()).isTrue();
        CheckOutcome again = checks.check("palu", new CheckRequest(), Progress.NONE);

        assertThat(again.open()).noneMatch(r -> r.checkId().equals("NUMBERS"));
        assertThat(again.dismissed()).isEqualTo(1);
        assertThat(findings.list("palu", new FindingFilter().withCheck("NUMBERS"))).isEmpty();
        assertThat(findings.list("palu", new FindingFilter().withCheck("NUMBERS").withDismissed()))
                .singleElement().satisfies(f -> assertThat(f.dismissed()).isTrue());
    }

    @Test
    void aDismissedFindingComesBackWhenTheTextOfItsPairChanges() {
        checks.check("palu", new CheckRequest(), Progress.NONE);
        findings.dismiss("palu", only(findings.list("palu", new FindingFilter().withCheck("NUMBERS"))).number());
        long id = workbench.text("palu").id();
        List<Bead> beads = new ArrayList<>(store.alignments().beads(id));
        beads.set(1, Bead.automatic(1, 2, 1, 2, 0.5)); // pair 2 now holds sentences 2 and 3 of each side
        beads.remove(2);
        store.alignments().replace(id, beads);

        assertThat(findings.list("palu", new FindingFilter().withDismissed()))
                .filteredOn(f -> f.record().pairNumber() == 2).isNotEmpty().noneMatch(ListedFinding::current);
        CheckOutcome again = checks.check("palu", new CheckRequest(), Progress.NONE);

        assertThat(only(again.open(), "NUMBERS").pairNumber()).isEqualTo(2);
        assertThat(again.dismissed()).isZero();
    }

    @Test
    void aRestoredFindingIsOpenAgain() {
        checks.check("palu", new CheckRequest(), Progress.NONE);
        ListedFinding number = only(findings.list("palu", new FindingFilter().withCheck("NUMBERS")));
        findings.dismiss("palu", number.record().signature().substring(0, 8));

        assertThat(findings.restore("palu", number.number()).changed()).isTrue();

        assertThat(findings.list("palu", new FindingFilter().withCheck("NUMBERS"))).hasSize(1);
        assertThat(findings.restore("palu", number.number()).changed()).isFalse();
    }

    @Test
    void aDismissalDoesNotHideTheErrorInAnotherText() throws Exception {
        PaluTexts.importWrongNumber(workbench, "palu copy", dir, "349");
        checks.check("palu", new CheckRequest(), Progress.NONE);
        findings.dismiss("palu", only(findings.list("palu", new FindingFilter().withCheck("NUMBERS"))).number());

        checks.check("palu copy", new CheckRequest(), Progress.NONE);

        assertThat(findings.list("palu copy", new FindingFilter().withCheck("NUMBERS"))).hasSize(1);
    }

    @Test
    void runningSomeChecksKeepsTheFindingsOfTheOthers() {
        checks.check("palu", new CheckRequest(), Progress.NONE);
        int before = findings.list("palu", new FindingFilter()).size();

        CheckOutcome dates = checks.check("palu", new CheckRequest().withOnly(List.of("dates")), Progress.NONE);

        assertThat(dates.checks()).containsExactly("DATES");
        assertThat(dates.kept()).isEqualTo(before);
        assertThat(findings.list("palu", new FindingFilter().withCheck("NUMBERS"))).hasSize(1);
    }

    @Test
    void anUnknownCheckIsAnErrorThatListsTheValidOnes() {
        assertThatThrownBy(() -> checks.check("palu", new CheckRequest().withOnly(List.of("SPELLING")), Progress.NONE))
                .isInstanceOf(UnknownCheckException.class)
                .hasMessageContaining("SPELLING").hasMessageContaining("NUMBERS, DATES, NAMES");
    }

    @Test
    void aTextNotAlignedYetIsRefusedWithAHintToAlign() {
        workbench.importText("raw", PaluTexts.ENGLISH, PaluTexts.EN, PaluTexts.RUSSIAN, PaluTexts.RU, Progress.NONE);

        assertThatThrownBy(() -> checks.check("raw", new CheckRequest(), Progress.NONE))
                .isInstanceOf(SverkaException.class).hasMessageContaining("run 'align raw' first");
    }

    @Test
    void theGlossaryCheckFindsATermTranslatedOtherwise() throws Exception {
        Path glossary = Files.writeString(dir.resolve("terms.csv"), "en,ru\ntsunami,волна\n");

        CheckOutcome outcome = checks.check("palu",
                new CheckRequest().withOnly(List.of("GLOSSARY")).withGlossary(glossary), Progress.NONE);

        assertThat(outcome.open()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.checkId()).isEqualTo("GLOSSARY");
            assertThat(r.message()).contains("tsunami");
        });
    }

    @Test
    void aTbxGlossaryWorksLikeACsvOne() throws Exception {
        Path glossary = Files.writeString(dir.resolve("terms.tbx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <text><body>
                    <conceptEntry id="c1">
                      <langSec xml:lang="en"><termSec><term>tsunami</term></termSec></langSec>
                      <langSec xml:lang="ru"><termSec><term>волна</term></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """);

        CheckOutcome outcome = checks.check("palu",
                new CheckRequest().withOnly(List.of("GLOSSARY")).withGlossary(glossary), Progress.NONE);

        assertThat(outcome.open()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.checkId()).isEqualTo("GLOSSARY");
            assertThat(r.message()).contains("tsunami");
        });
    }

    @Test
    void theGlossaryCheckAloneWithoutAGlossaryAsksForOne() {
        assertThatThrownBy(() -> checks.check("palu", new CheckRequest().withOnly(List.of("GLOSSARY")), Progress.NONE))
                .isInstanceOf(SverkaException.class).hasMessageContaining("--glossary");
    }

    @Test
    void theSameSourceTranslatedDifferentlyInAnotherTextIsAConsistencyFinding() {
        PaluTexts.importClean(workbench, "palu original");

        CheckOutcome outcome = checks.check("palu", new CheckRequest().withOnly(List.of("CONSISTENCY")), Progress.NONE);

        FindingRecord consistency = only(outcome.open(), "CONSISTENCY");
        assertThat(consistency.pairNumber()).isEqualTo(2);
        assertThat(consistency.severity()).isEqualTo("INFO");
        assertThat(consistency.message()).contains("'palu original' (pair 2)", "384 человека");
    }

    @Test
    void findingNumbersDoNotDependOnTheFilter() {
        checks.check("palu", new CheckRequest(), Progress.NONE);
        List<ListedFinding> all = findings.list("palu", new FindingFilter().withDismissed());

        List<ListedFinding> warnings = findings.list("palu", new FindingFilter().withSeverity(Severity.WARNING));

        assertThat(all).extracting(ListedFinding::number).startsWith(1).isSorted();
        assertThat(all.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(warnings).allSatisfy(w -> assertThat(all.get(w.number() - 1)).isEqualTo(w));
        assertThat(all).allSatisfy(f -> assertThat(f.current()).isTrue());
    }

    @Test
    void aFindingNumberBeyondTheListIsRefusedWithTheRange() {
        checks.check("palu", new CheckRequest(), Progress.NONE);
        int count = findings.list("palu", new FindingFilter().withDismissed()).size();

        assertThatThrownBy(() -> findings.dismiss("palu", count + 1))
                .isInstanceOf(SverkaException.class).hasMessageContaining("findings 1 to " + count);
    }

    private static FindingRecord only(List<FindingRecord> records, String checkId) {
        List<FindingRecord> matching = records.stream().filter(r -> r.checkId().equals(checkId)).toList();
        assertThat(matching).as("%s findings in %s", checkId, records).hasSize(1);
        return matching.get(0);
    }

    private static ListedFinding only(List<ListedFinding> listed) {
        assertThat(listed).hasSize(1);
        return listed.get(0);
    }
}
