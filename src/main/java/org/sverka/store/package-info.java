/**
 * The store: sverka's only JDBC code. An embedded H2 file, its schema kept by Flyway migrations in
 * {@code db/migration} (V1 documents, texts and alignments; V2 findings and dismissals).
 *
 * <p>{@link org.sverka.store.Store#open(java.nio.file.Path)} gives three repositories:
 * {@link org.sverka.store.TextRepository} (bilingual texts with their documents, paragraphs and sentences),
 * {@link org.sverka.store.AlignmentRepository} (beads, pages of aligned pairs, streaming for export, figures)
 * and {@link org.sverka.store.FindingRepository} (check findings and dismissals). Every method is one
 * transaction; every failure is a {@link org.sverka.store.StoreException} naming the action and the file.
 * No Spring here: the shell builds a {@code Store} by hand and closes it on exit.
 */
package org.sverka.store;
