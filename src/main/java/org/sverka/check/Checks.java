package org.sverka.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The registry: every check sverka runs, in one list, and the one call that runs them over a text. */
public final class Checks {
    private final List<Check> checks;

    public Checks(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** All checks: pair checks first (content, then form), then the text-level ones. */
    public static Checks defaults() {
        return new Checks(List.of(
                new NumbersCheck(),
                new DatesCheck(),
                new NamesCheck(),
                new OmissionCheck(),
                new AdditionCheck(),
                new UntranslatedCheck(),
                new GlossaryCheck(),
                new EndPunctuationCheck(),
                new QuotesBracketsCheck(),
                new DoubledWordCheck(),
                new LengthRatioCheck(),
                new ConsistencyCheck()));
    }

    public List<Check> all() {
        return checks;
    }

    /** The checks whose ids are given; an unknown id is an error that lists the valid ones. */
    public Checks only(List<String> ids) {
        List<String> known = checks.stream().map(Check::id).toList();
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new UnknownCheckException("Unknown check \"" + id + "\". Valid checks: " + String.join(", ", known));
            }
        }
        return new Checks(checks.stream().filter(c -> ids.contains(c.id())).toList());
    }

    public List<Finding> run(List<CheckedPair> pairs, Locale source, Locale target, Glossary glossary) {
        return run(pairs, new CheckContext(source, target, glossary));
    }

    /** All findings, ordered by pair number and then by the order of the checks in this registry. */
    public List<Finding> run(List<CheckedPair> pairs, CheckContext context) {
        Objects.requireNonNull(pairs, "pairs");
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            findings.addAll(check.check(pairs, context));
        }
        List<String> order = checks.stream().map(Check::id).toList();
        findings.sort(Comparator.comparingInt(Finding::pairNumber).thenComparingInt(f -> order.indexOf(f.checkId())));
        return findings;
    }
}
