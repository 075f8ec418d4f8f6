/**
 * Streaming writers of aligned pairs: {@link org.sverka.export.TmxWriter} (TMX 1.4b),
 * {@link org.sverka.export.TsvWriter}, {@link org.sverka.export.XlsxWriter}, {@link org.sverka.export.DocxTableWriter} and {@link org.sverka.export.ParallelTextWriter} (one segment a line,
 * two files). Each is a {@link org.sverka.export.PairWriter} that keeps the pairs its
 * {@link org.sverka.export.ExportOptions} accept; memory does not grow with the number of pairs.
 * Plain Java: no Spring, no JDBC.
 */
package org.sverka.export;
