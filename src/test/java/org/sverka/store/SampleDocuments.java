package org.sverka.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.sverka.model.Paragraph;
import org.sverka.model.Sentence;

/** Builds documents for store tests: each argument is a paragraph whose sentences are separated by '|'. */
final class SampleDocuments {
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private SampleDocuments() {
    }

    static DocumentRecord document(String fileName, Locale language, String... paragraphTexts) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (String paragraphText : paragraphTexts) {
            int paragraph = paragraphs.size();
            List<String> parts = List.of(paragraphText.split("\\|"));
            paragraphs.add(new Paragraph(paragraph, String.join(" ", parts)));
            for (String part : parts) {
                sentences.add(new Sentence(sentences.size(), paragraph, part));
            }
        }
        String content = String.join("\n\n", paragraphs.stream().map(Paragraph::text).toList());
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new DocumentRecord(fileName, bytes.length, sha256(bytes), "text/plain", "UTF-8", language,
                paragraphs, sentences);
    }

    static DocumentRecord english() {
        return document("talks.en.txt", Locale.ENGLISH,
                "Good afternoon.|We have just finished our talks.",
                "They were long and substantive.");
    }

    static DocumentRecord russian() {
        return document("talks.ru.txt", RUSSIAN,
                "Добрый день.|Мы только что закончили переговоры.",
                "Они были долгими и содержательными.|Спасибо.");
    }

    /** A book-sized document: {@code count} numbered sentences, 10 to a paragraph. */
    static DocumentRecord numbered(String fileName, Locale language, String words, int count) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>(count);
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Sentence sentence = new Sentence(i, i / 10, words + " " + i + ".");
            sentences.add(sentence);
            paragraph.append(paragraph.length() == 0 ? "" : " ").append(sentence.text());
            if (i % 10 == 9 || i == count - 1) {
                paragraphs.add(new Paragraph(paragraphs.size(), paragraph.toString()));
                paragraph.setLength(0);
            }
        }
        long size = paragraphs.stream().mapToLong(p -> p.text().getBytes(StandardCharsets.UTF_8).length + 2L).sum();
        return new DocumentRecord(fileName, size, sha256((fileName + count).getBytes(StandardCharsets.UTF_8)),
                "text/plain", "UTF-8", language, paragraphs, sentences);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
