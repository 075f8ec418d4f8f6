/**
 * Import stage: a file in, its paragraphs out ({@link org.sverka.importer.DocumentImporter}).
 *
 * <p>How paragraphs are cut, by format:
 * <ul>
 *   <li>HTML, XHTML, DOCX, DOC, ODT, RTF, PDF: Tika's XHTML events, cut at every block element (p, h1-h6,
 *       li, td, th, div, blockquote, ...) and at two or more {@code <br>} in a row; a single {@code <br>} is
 *       a space; each line of a {@code <pre>} is a paragraph; the head (title) is not text. PDF paragraphs
 *       are PDFBox's: a gap of about 1.5 lines or more separates them, tighter spacing merges them.</li>
 *   <li>Plain text: see {@link org.sverka.importer.PlainTextParagraphs}: blank lines separate, each line
 *       is a paragraph unless the block is hard-wrapped prose.</li>
 * </ul>
 * Every paragraph is normalised (NFC, one space for any run of spaces, no soft hyphens) and empty ones
 * are dropped. Charsets of text formats are chosen knowing the expected language
 * ({@link org.sverka.importer.TextCharsetDetector}), and the result is checked by
 * {@link org.sverka.importer.LanguageGuard}. Plain Java, Tika and ICU only.
 */
package org.sverka.importer;
