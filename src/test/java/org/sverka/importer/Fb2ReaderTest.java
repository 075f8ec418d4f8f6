package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Fb2ReaderTest {
    private static final Fb2Reader READER = new Fb2Reader(10_000);

    private static List<String> paragraphs(String body) {
        String book = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><FictionBook"
                + " xmlns=\"http://www.gribuser.ru/xml/fictionbook/2.0\" xmlns:l=\"http://www.w3.org/1999/xlink\">"
                + body + "</FictionBook>";
        return READER.read(new ByteArrayInputStream(book.getBytes(StandardCharsets.UTF_8)), "t.fb2").paragraphs();
    }

    @Test
    void keepsInlineMarkupAsTextOfItsParagraph() {
        assertThat(paragraphs("<body><section><p>Он <emphasis>сказал</emphasis>: «<strong>Нет</strong>,"
                + " <a l:href=\"http://kremlin.ru\">Кремль</a>»<sup>2</sup>.</p></section></body>"))
                .containsExactly("Он сказал: «Нет, Кремль»2.");
    }

    @Test
    void cutsAtSubtitlesCitesTitlesAndEmptyLines() {
        assertThat(paragraphs("<body><title><p>Часть первая</p><p>Глава 1</p></title><section><subtitle>*"
                + "</subtitle><p>Первый абзац.</p><empty-line/><cite><p>Цитата.</p><text-author>Автор</text-author>"
                + "</cite><table><tr><td>Ячейка 1</td><td>Ячейка 2</td></tr></table></section></body>"))
                .containsExactly("Часть первая", "Глава 1", "*", "Первый абзац.", "Цитата.", "Автор", "Ячейка 1",
                        "Ячейка 2");
    }

    @Test
    void joinsTheLinesOfAStanzaAndKeepsItsTitleApart() {
        assertThat(paragraphs("<body><section><poem><title><p>Песня</p></title><stanza><v>Первая строка,</v>"
                + "<v>вторая строка.</v></stanza><stanza><v>Третья.</v></stanza><date>1825</date></poem></section>"
                + "</body>"))
                .containsExactly("Песня", "Первая строка, вторая строка.", "Третья.", "1825");
    }

    @Test
    void leavesOutNoteReferencesAndTheNotesAndCommentsBodies() {
        assertThat(paragraphs("<body><section><p>Текст<a l:href=\"#n1\" type=\"note\">[1]</a>.</p></section></body>"
                + "<body name=\"notes\"><section id=\"n1\"><p>Сноска.</p></section></body>"
                + "<body name=\"comments\"><section><p>Комментарий.</p></section></body>"))
                .containsExactly("Текст.");
    }

    @Test
    void aBookWithoutBodyHasNoParagraphs() {
        assertThat(paragraphs("<description><title-info><book-title>Название</book-title></title-info>"
                + "</description>")).isEmpty();
    }

    @Test
    void stopsAtTheCharacterLimit() {
        Fb2Reader small = new Fb2Reader(20);
        byte[] book = ("<FictionBook><body><p>" + "слово ".repeat(10) + "</p></body></FictionBook>")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(book), "long.fb2"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("long.fb2 has more than 20 characters of text, over the import limit. Split the"
                        + " document into parts and import them one by one.");
    }

    @Test
    void rejectsAnEmptyStream() {
        assertThatThrownBy(() -> READER.read(new ByteArrayInputStream(new byte[0]), "empty.fb2"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("empty.fb2 is not well-formed FB2 (XML)");
    }
}
