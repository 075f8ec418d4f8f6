package org.sverka.tmx;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import org.sverka.xml.SafeStax;

/** Turns a StAX parse error into a message a user can act on: where, what the parser said, what to do. */
final class XmlErrors {

    private record Hint(String clue, String advice) {
    }

    // Matched against the JDK parser's English messages; the first hint whose clue appears wins.
    private static final List<Hint> HINTS = List.of(
            new Hint("was referenced, but not declared",
                    "sverka reads TMX with DTDs off for safety, so only the entities &lt; &gt; &amp; &quot; &apos; "
                            + "and numeric references work; replace other entities with the characters they stand for"),
            new Hint("invalid xml character",
                    "the file contains a control character XML forbids; remove it, or export the file again "
                            + "from a tool that drops such characters"),
            new Hint("byte",
                    "the bytes do not match the encoding the XML declaration names; save the file as UTF-8"),
            new Hint("encoding",
                    "the bytes do not match the encoding the XML declaration names; save the file as UTF-8"),
            new Hint("must be terminated by the matching end-tag",
                    "an element is not closed properly; the file may be truncated or edited by hand"),
            new Hint("premature end of file",
                    "the file ends too early; it may be truncated or empty"),
            new Hint("must start and end within the same entity",
                    "the file ends too early; it may be truncated"));

    private static final String NOT_XML = "content is not allowed in prolog";

    private static final String DEFAULT_ADVICE =
            "check that the file is well-formed XML (xmllint --noout FILE shows the first error)";

    private XmlErrors() {
    }

    static MalformedTmxException malformed(Path file, XMLStreamException e) {
        Location at = e.getLocation();
        int line = at == null ? -1 : at.getLineNumber();
        int column = at == null ? -1 : at.getColumnNumber();
        String said = SafeStax.parserMessage(e);
        String lowered = said.toLowerCase(Locale.ROOT);
        String advice = HINTS.stream().filter(hint -> lowered.contains(hint.clue())).map(Hint::advice)
                .findFirst().orElse(DEFAULT_ADVICE);
        String where = line > 0 ? ", line " + line + ", column " + column : "";
        if (lowered.contains(NOT_XML)) {
            // The parser's own words ("Content is not allowed in prolog") mean nothing to a user: say it plainly.
            return new MalformedTmxException("TMX file " + file + " is not XML: it does not start with an XML tag"
                    + (line > 0 ? " (text at line " + line + ", column " + column + ")" : "")
                    + "; check that it really is a TMX file", line, column, e);
        }
        return new MalformedTmxException("TMX file " + file + " is not well-formed XML" + where + ": " + said
                + "; " + advice, line, column, e);
    }
}
