package org.sverka.xml;

import java.util.function.Function;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX for files sverka did not write (TMX, TBX, FB2): the JDK's own parser, whatever StAX implementation the
 * class path brings (Tika and Okapi bring Woodstox), with DTDs and external entities off, so that no entity is
 * ever expanded and no file or URL is ever fetched; and the parser's own words out of its errors.
 */
public final class SafeStax {
    private SafeStax() {
    }

    /** A namespace-aware factory for untrusted XML; {@code coalescing} joins adjacent text and CDATA events. */
    public static XMLInputFactory inputFactory(boolean coalescing) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
        return factory;
    }

    /**
     * What the parser said, without the "ParseError at [row,col]:[3,5]\nMessage: " the JDK puts before it, on one
     * line, and without its closing full stop so that advice can follow.
     */
    public static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        String said = start >= 0 ? message.substring(start + "Message: ".length()) : message;
        return said.strip().replaceAll("\\s+", " ").replaceAll("\\.$", "");
    }

    /** Closes {@code xml} if there is one; a failure to close becomes the caller's own exception. */
    public static void close(XMLStreamReader xml, Function<XMLStreamException, RuntimeException> failure) {
        if (xml == null) {
            return;
        }
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw failure.apply(e);
        }
    }
}
