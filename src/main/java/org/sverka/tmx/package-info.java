/**
 * Reading TMX files made by other tools: {@link org.sverka.tmx.TmxReader} turns a file into a
 * {@link org.sverka.tmx.TmxDocument} of {@link org.sverka.tmx.TmxUnit}s with warnings, or fails with a
 * {@link org.sverka.tmx.MalformedTmxException} that gives line, column and a hint. DTDs and external
 * entities are off. Plain Java: no Spring, no JDBC.
 */
package org.sverka.tmx;
