/**
 * Review of an alignment: the pure logic behind the reviewer's corrections. Everything works on a
 * text's bead list, which covers both sides exactly once, in order ({@link org.sverka.review.BeadListInvariant}).
 *
 * <ul>
 *   <li>Pairs are addressed by 1-based number, as the shell shows them; sentences by their 0-based
 *       document index ({@link org.sverka.model.Sentence#index()}).</li>
 *   <li>Edits ({@link org.sverka.review.PairEdits}, {@link org.sverka.review.SentenceMoves}) never change
 *       their argument: they return a {@link org.sverka.review.BeadChange} holding only the changed slice,
 *       or throw {@link org.sverka.review.ReviewRefusedException} with a message for the reviewer.</li>
 *   <li>A pair that an edit creates or reshapes is the reviewer's own: CONFIRMED with confidence 1.0.
 *       Confirming and unconfirming only change the status and keep the aligner's confidence.</li>
 *   <li>A side with no sentence still has a position: its span is empty and starts at the next
 *       sentence of that side, so a 0-1 pair sits exactly between two source sentences.</li>
 *   <li>{@link org.sverka.review.EditHistory} models undo/redo; the store persists
 *       {@link org.sverka.review.BeadChange#encode()} lines and the applied count.</li>
 *   <li>{@link org.sverka.review.AnchoredRealigner} realigns around confirmed pairs, which never move.</li>
 * </ul>
 */
package org.sverka.review;
