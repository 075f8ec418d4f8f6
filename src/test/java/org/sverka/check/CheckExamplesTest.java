package org.sverka.check;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every registered check on its own examples: nothing on the clean pair, one finding on the marked spans. */
class CheckExamplesTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");

    @TestFactory
    Stream<DynamicTest> everyCheckPassesItsCleanExampleAndFlagsItsFaultyOne() {
        return Checks.defaults().all().stream().flatMap(check -> Stream.of(
                DynamicTest.dynamicTest(check.id() + " is silent on its clean example", () -> {
                    CheckExample example = check.example();
                    List<Finding> findings = run(check, example, example.cleanPair());
                    assertThat(findings).as("findings of %s on %s", check.id(), example.cleanPair()).isEmpty();
                }),
                DynamicTest.dynamicTest(check.id() + " flags exactly the marked spans of its faulty example", () -> {
                    CheckExample example = check.example();
                    List<Finding> findings = run(check, example, example.faultyPair());
                    assertThat(findings).as("findings of %s on %s", check.id(), example.faultyPair()).hasSize(1);
                    Finding finding = findings.get(0);
                    assertThat(finding.checkId()).isEqualTo(check.id());
                    assertThat(finding.pairNumber()).isEqualTo(example.faultyPair().number());
                    assertThat(finding.sourceSpans()).as("source spans of %s", finding).isEqualTo(example.expectedSourceSpans());
                    assertThat(finding.targetSpans()).as("target spans of %s", finding).isEqualTo(example.expectedTargetSpans());
                })));
    }

    private static List<Finding> run(Check check, CheckExample example, CheckedPair pair) {
        List<CheckedPair> pairs = new ArrayList<>(example.background());
        pairs.add(pair);
        List<Finding> findings = check.check(pairs, new CheckContext(EN, RU, example.glossary()));
        return findings.stream().filter(f -> f.pairNumber() == pair.number()).toList();
    }
}
