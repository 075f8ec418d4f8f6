package org.sverka.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;

class SafeStaxTest {

    private static void readAll(String xml) throws XMLStreamException {
        XMLStreamReader reader = SafeStax.inputFactory(true).createXMLStreamReader(new StringReader(xml));
        try {
            while (reader.hasNext()) {
                reader.next();
            }
        } finally {
            SafeStax.close(reader, IllegalStateException::new);
        }
    }

    @Test
    void neverExpandsAnEntityADoctypeDeclares() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><b>&b;</b>";

        assertThatThrownBy(() -> readAll(bomb)).isInstanceOf(XMLStreamException.class);
    }

    @Test
    void neverFetchesAnExternalEntity() {
        String external = "<?xml version=\"1.0\"?><!DOCTYPE b [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><b>&x;</b>";

        assertThatThrownBy(() -> readAll(external)).isInstanceOf(XMLStreamException.class);
    }

    @Test
    void joinsTextAndCdataWhenCoalescing() throws XMLStreamException {
        XMLStreamReader reader = SafeStax.inputFactory(true).createXMLStreamReader(new StringReader("<p>Ana <![CDATA[& Bob]]></p>"));
        reader.next();
        reader.next();

        assertThat(reader.getText()).isEqualTo("Ana & Bob");
    }

    @Test
    void givesTheParsersOwnWordsOnOneLineWithoutItsFullStop() {
        XMLStreamException e = new XMLStreamException("ParseError at [row,col]:[3,5]\nMessage: The element type \"p\" must be\n"
                + " terminated by the matching end-tag \"</p>\".");

        assertThat(SafeStax.parserMessage(e)).isEqualTo("The element type \"p\" must be terminated by the matching end-tag \"</p>\"");
    }

    @Test
    void closingNothingDoesNothing() {
        assertThatCode(() -> SafeStax.close(null, IllegalStateException::new)).doesNotThrowAnyException();
    }
}
