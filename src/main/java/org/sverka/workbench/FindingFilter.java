package org.sverka.workbench;

import java.util.Set;

import org.sverka.check.Severity;

/** Which stored findings to list: by check id and severity (empty sets let all through), with or without dismissed ones. */
public record FindingFilter(Set<String> checks, Set<Severity> severities, boolean includeDismissed) {
    public FindingFilter {
        checks = Set.copyOf(checks);
        severities = Set.copyOf(severities);
    }

    /** The open findings of every check and severity. */
    public FindingFilter() {
        this(Set.of(), Set.of(), false);
    }

    public FindingFilter withCheck(String checkId) {
        return new FindingFilter(Set.of(checkId), severities, includeDismissed);
    }

    public FindingFilter withSeverity(Severity severity) {
        return new FindingFilter(checks, Set.of(severity), includeDismissed);
    }

    public FindingFilter withDismissed() {
        return new FindingFilter(checks, severities, true);
    }

    boolean accepts(ListedFinding finding) {
        return (includeDismissed || !finding.dismissed())
                && (checks.isEmpty() || checks.contains(finding.record().checkId()))
                && (severities.isEmpty() || severities.contains(finding.severity()));
    }
}
