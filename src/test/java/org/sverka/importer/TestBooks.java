package org.sverka.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes e-books for the importer tests, laid out as the tools that make them do (Calibre, Sigil, FBE): an
 * EPUB 3 with an OPF spine, a navigation document, an NCX table of contents and a stylesheet; an FB2 with a
 * title page description, a cover picture, epigraph, poem and footnotes.
 */
final class TestBooks {
    /** A chapter: its heading and its paragraphs. */
    record Chapter(String heading, List<String> paragraphs) {
        /** The corpus text: the first line is the heading, each further line a paragraph. */
        static Chapter ofLines(List<String> lines) {
            return new Chapter(lines.get(0), lines.subList(1, lines.size()));
        }

        List<String> all() {
            List<String> all = new ArrayList<>(List.of(heading));
            all.addAll(paragraphs);
            return all;
        }
    }

    private TestBooks() {
    }

    static List<String> lines(Path corpusText) throws IOException {
        return Files.readAllLines(corpusText, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    /**
     * An EPUB 3 whose manifest lists the chapters in reverse order, so only the spine gives the reading order;
     * the navigation document and the NCX list every heading but are not in the spine.
     */
    static Path epub(Path file, String language, String title, List<Chapter> chapters) throws IOException {
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        StringBuilder nav = new StringBuilder();
        StringBuilder ncx = new StringBuilder();
        for (int i = chapters.size() - 1; i >= 0; i--) {
            manifest.append("<item id=\"c").append(i).append("\" href=\"text/chapter").append(i)
                    .append(".xhtml\" media-type=\"application/xhtml+xml\"/>\n");
        }
        for (int i = 0; i < chapters.size(); i++) {
            spine.append(i == 0 ? "<itemref idref=\"nav\"/>\n" : "").append("<itemref idref=\"c").append(i).append("\"/>\n");
            String heading = escape(chapters.get(i).heading());
            nav.append("<li><a href=\"text/chapter").append(i).append(".xhtml\">").append(heading).append("</a></li>\n");
            ncx.append("<navPoint id=\"n").append(i).append("\" playOrder=\"").append(i + 1).append("\"><navLabel><text>")
                    .append(heading).append("</text></navLabel><content src=\"text/chapter").append(i)
                    .append(".xhtml\"/></navPoint>\n");
        }
        String opf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\">\n"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier id=\"id\">urn:uuid:"
                + "0f6b1c2e-5d1a-4a7e-9a53-3c1f7e1d2b11</dc:identifier><dc:title>" + escape(title) + "</dc:title>"
                + "<dc:creator>Reuters</dc:creator><dc:language>" + language + "</dc:language>"
                + "<meta property=\"dcterms:modified\">2024-01-01T00:00:00Z</meta></metadata>\n"
                + "<manifest>\n<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
                + "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>\n"
                + "<item id=\"css\" href=\"styles/book.css\" media-type=\"text/css\"/>\n" + manifest
                + "</manifest>\n<spine toc=\"ncx\">\n" + spine + "</spine>\n</package>\n";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            TestDocuments.stored(zip, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            deflated(zip, "META-INF/container.xml", "<?xml version=\"1.0\"?>\n<container version=\"1.0\""
                    + " xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile"
                    + " full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles>"
                    + "</container>\n");
            deflated(zip, "OEBPS/content.opf", opf);
            deflated(zip, "OEBPS/nav.xhtml", xhtml(language, title, "<nav epub:type=\"toc\"><h1>Contents</h1><ol>\n"
                    + nav + "</ol></nav>"));
            deflated(zip, "OEBPS/toc.ncx", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ncx"
                    + " xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\"><head/><docTitle><text>"
                    + escape(title) + "</text></docTitle><navMap>\n" + ncx + "</navMap></ncx>\n");
            deflated(zip, "OEBPS/styles/book.css", "body { font-family: serif; }\nh1 { text-align: center; }\n"
                    + "p { text-indent: 1.5em; margin: 0; }\n");
            for (int i = 0; i < chapters.size(); i++) {
                Chapter chapter = chapters.get(i);
                StringBuilder body = new StringBuilder("<section epub:type=\"chapter\"><h1>")
                        .append(escape(chapter.heading())).append("</h1>\n");
                for (String paragraph : chapter.paragraphs()) {
                    body.append("<p>").append(escape(paragraph)).append("</p>\n");
                }
                deflated(zip, "OEBPS/text/chapter" + i + ".xhtml", xhtml(language, chapter.heading(),
                        body.append("</section>").toString()));
            }
        }
        return file;
    }

    /**
     * An FB2 book in {@code charset} (declared in its prolog): a description with an annotation, a cover
     * picture, the chapters as sections (headings as titles, the first paragraph's first words emphasised, a
     * footnote reference after the first paragraph), an epigraph and a poem before them when {@code extras}
     * are given, and a notes body.
     */
    static String fb2(String language, String title, List<Chapter> chapters, Fb2Extras extras) {
        StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"ENCODING\"?>\n"
                + "<FictionBook xmlns=\"http://www.gribuser.ru/xml/fictionbook/2.0\""
                + " xmlns:l=\"http://www.w3.org/1999/xlink\">\n<description><title-info><genre>nonf_publicism</genre>"
                + "<author><first-name>Reuters</first-name></author><book-title>" + escape(title) + "</book-title>"
                + "<annotation><p>" + escape(extras.annotation()) + "</p></annotation>"
                + "<coverpage><image l:href=\"#cover.png\"/></coverpage><lang>" + language + "</lang></title-info>"
                + "<document-info><program-used>FictionBook Editor 2.6</program-used></document-info></description>\n"
                + "<body>\n");
        if (!extras.epigraph().isEmpty()) {
            book.append("<epigraph><p>").append(escape(extras.epigraph())).append("</p><text-author>")
                    .append(escape(extras.epigraphAuthor())).append("</text-author></epigraph>\n");
        }
        if (!extras.stanzas().isEmpty()) {
            book.append("<section><poem>");
            for (List<String> stanza : extras.stanzas()) {
                book.append("<stanza>");
                stanza.forEach(line -> book.append("<v>").append(escape(line)).append("</v>\n"));
                book.append("</stanza>\n");
            }
            book.append("</poem></section>\n");
        }
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            book.append("<section><title><p>").append(escape(chapter.heading())).append("</p></title>\n");
            for (int p = 0; p < chapter.paragraphs().size(); p++) {
                String text = chapter.paragraphs().get(p);
                int space = text.indexOf(' ');
                book.append(p == 0 && space > 0
                        ? "<p><emphasis>" + escape(text.substring(0, space)) + "</emphasis>" + escape(text.substring(space))
                        + "<a l:href=\"#n" + i + "\" type=\"note\">[" + (i + 1) + "]</a></p>\n"
                        : "<p>" + escape(text) + "</p>\n");
            }
            book.append("</section>\n");
        }
        book.append("</body>\n<body name=\"notes\"><title><p>Notes</p></title>\n");
        for (int i = 0; i < chapters.size(); i++) {
            book.append("<section id=\"n").append(i).append("\"><title><p>").append(i + 1).append("</p></title><p>")
                    .append(escape(extras.note())).append("</p></section>\n");
        }
        book.append("</body>\n<binary id=\"cover.png\" content-type=\"image/png\">")
                .append(Base64.getMimeEncoder().encodeToString(new byte[3000])).append("</binary>\n</FictionBook>\n");
        return book.toString();
    }

    /** The parts of an FB2 that are not the chapters; empty strings and lists leave them out. */
    record Fb2Extras(String annotation, String epigraph, String epigraphAuthor, List<List<String>> stanzas,
                     String note) {
    }

    static Path write(Path file, String xmlWithEncodingPlaceholder, Charset charset) throws IOException {
        return Files.write(file, xmlWithEncodingPlaceholder.replace("ENCODING", charset.name()).getBytes(charset));
    }

    /** {@code book} as the one entry of a zip, as FB2 books are shared ({@code book.fb2.zip}). */
    static Path zip(Path file, String entryName, byte[] book) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(book);
            zip.closeEntry();
        }
        return file;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String xhtml(String language, String title, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""
                + " xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"" + language + "\" lang=\"" + language + "\">\n"
                + "<head><title>" + escape(title) + "</title><link rel=\"stylesheet\" type=\"text/css\""
                + " href=\"../styles/book.css\"/><style>p { orphans: 2; }</style></head>\n<body>\n" + body
                + "\n</body>\n</html>\n";
    }

    private static void deflated(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
