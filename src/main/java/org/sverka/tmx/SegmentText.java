package org.sverka.tmx;

import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the text of a {@code <seg>}, without its inline codes.
 * <ul>
 * <li>{@code <bpt>, <ept>, <ph>, <it>, <ut>} hold native codes of the original format (an RTF or HTML tag),
 *     not text: they are dropped whole, with any {@code <sub>} inside them. A {@code <sub>} is a separate
 *     flow (a footnote, an alt text); keeping it would put foreign words in the middle of the sentence
 *     and spoil alignment and checks.</li>
 * <li>{@code <hi>} marks a span of real text (bold, a term): its text is kept.</li>
 * <li>Elements TMX 1.4 does not define in a segment ({@code <g>}, {@code <x/>} from XLIFF-minded tools)
 *     are unwrapped: their text is kept and the oddity reported.</li>
 * </ul>
 * Whitespace is kept as it is.
 */
final class SegmentText {

    private static final Set<String> CODES = Set.of("bpt", "ept", "ph", "it", "ut", "sub");

    private SegmentText() {
    }

    /** Reads from just after {@code <seg>} to just after {@code </seg>}. */
    static String read(XMLStreamReader xml, Oddities oddities) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    if (CODES.contains(name)) {
                        skipElement(xml);
                    } else {
                        if (!name.equals("hi")) {
                            oddities.add(Oddities.Kind.UNKNOWN_MARKUP, xml.getLocation().getLineNumber(),
                                    xml.getLocation().getColumnNumber(), name);
                        }
                        depth++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
        return text.toString();
    }

    /** Skips from just after a start tag to just after its end tag. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
