package org.sverka.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** Validates TMX files against the shared tmx14.dtd: with the JDK's validating SAX parser, and xmllint. */
public final class TmxValidation {

    private TmxValidation() {
    }

    /**
     * Validates {@code tmx} with the JDK's validating parser, resolving the DOCTYPE to the shared DTD;
     * returns the number of {@code <tu>} elements. Skips when the DTD is absent.
     */
    public static long assertValidAgainstDtd(Path tmx) {
        Path dtd = SharedMaterial.tmxDtd();
        List<String> problems = new ArrayList<>();
        long[] units = {0};
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setValidating(true);
            factory.setNamespaceAware(false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> {
                if (systemId != null && systemId.endsWith("tmx14.dtd")) {
                    return new InputSource(dtd.toUri().toString());
                }
                throw new SAXException("unexpected external entity " + systemId);
            });
            reader.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    problems.add("warning " + describe(e));
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add("error " + describe(e));
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    problems.add("fatal " + describe(e));
                    throw e;
                }
            });
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName,
                                         org.xml.sax.Attributes attributes) {
                    if (qName.equals("tu")) {
                        units[0]++;
                    }
                }
            });
            reader.parse(new InputSource(tmx.toUri().toString()));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            problems.add("parse failed: " + e);
        }
        assertThat(problems).as("DTD validation problems of " + tmx).isEmpty();
        return units[0];
    }

    private static String describe(SAXParseException e) {
        return "at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }

    /** Runs {@code xmllint --noout --dtdvalid tmx14.dtd tmx}; skips when xmllint or the DTD is absent. */
    public static void assertValidWithXmllint(Path tmx) {
        Optional<Path> xmllint = onPath("xmllint");
        assumeTrue(xmllint.isPresent(), "xmllint not on PATH (Debian: libxml2-utils); skipping");
        Path dtd = SharedMaterial.tmxDtd();
        try {
            Process process = new ProcessBuilder(xmllint.get().toString(), "--noout", "--nonet",
                    "--dtdvalid", dtd.toString(), tmx.toString()).redirectErrorStream(true).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("xmllint did not finish");
            }
            assertThat(process.exitValue()).as("xmllint exit code; output:\n" + output).isZero();
        } catch (IOException e) {
            fail("cannot run xmllint", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while running xmllint", e);
        }
    }

    public static boolean xmllintAvailable() {
        return onPath("xmllint").isPresent();
    }

    private static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
