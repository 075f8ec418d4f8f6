/**
 * Translation checks over aligned pairs, plain Java (ICU4J and Lucene's Snowball stemmers only).
 * <p>
 * {@link org.sverka.check.Checks#defaults()} is the one registry; {@link org.sverka.check.Checks#run}
 * returns {@link org.sverka.check.Finding}s whose {@code signature()} lets a dismissal survive re-runs.
 * Each check carries a clean and a faulty {@link org.sverka.check.CheckExample}. Word lists are data
 * files in {@code src/main/resources/org/sverka/check}: extra number words ({@code spelled-<lang>.txt}),
 * names translated rather than transliterated ({@code names-<a>-<b>.txt}), capitalised non-names
 * ({@code not-names-<lang>.txt}). Reports: {@link org.sverka.check.HtmlReportWriter},
 * {@link org.sverka.check.CsvFindingsWriter}. Measurements: {@code org.sverka.check.bench}.
 */
package org.sverka.check;
