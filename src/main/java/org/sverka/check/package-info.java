/**
 * Translation checks over aligned pairs, plain Java (ICU4J and Lucene's Snowball stemmers only).
 * <p>
 * {@link org.sverka.check.Checks#defaults()} is the one registry; {@link org.sverka.check.Checks#run}
 * returns {@link org.sverka.check.Finding}s whose {@code signature()} lets a dismissal survive re-runs.
 * Each check carries a clean and a faulty {@link org.sverka.check.CheckExample}. Word lists are data
 * files in {@code src/main/resources/org/sverka/check}: extra number words ({@code spelled-<lang>.txt}),
 * names translated rather than transliterated ({@code names-<a>-<b>.txt}), capitalised non-names
 * ({@code not-names-<lang>.txt}), common words that head Russian institution names ({@code name-heads-ru.txt}). Reports: {@link org.sverka.check.HtmlReportWriter},
 * {@link org.sverka.check.CsvFindingsWriter}. With the user's bilingual dictionary ({@link org.sverka.check.WordTranslations}
 * in the {@link org.sverka.check.CheckContext}), LENGTH_RATIO names the source words a shorter translation left
 * unrendered. Measurements: {@code org.sverka.check.bench}; figures and commands in
 * {@code docs/CHECKS.md}. On clean NTREX en-ru imported and aligned by sverka (2,026 pairs): 2.81 WARNING/ERROR
 * findings per 100 pairs, of which 1.09 are real errors in the reference (1.73 false alarms, 0.84 of them NAMES),
 * plus 11.20 INFO; a whole sentence dropped from the translation is reported at WARNING/ERROR on its pair in 84.0%
 * of trials (seed 42). Injected-error recall on line pairs (seed 42): numbers 98.5%, dates 100%, names 97.5%
 * (75.5% at WARNING), dropped clause 92.5%, English left 100%.
 */
package org.sverka.check;
