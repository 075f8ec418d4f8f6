package org.sverka.check;

import java.util.ArrayList;
import java.util.List;

/**
 * When a glossary term occurs in the source (in any inflected form), its prescribed translation must
 * occur in the target in some inflected form. Both sides are compared as Snowball stems.
 */
public final class GlossaryCheck implements PairCheck {
    public static final String ID = "GLOSSARY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckedPair pair, CheckContext context) {
        if (context.glossary().terms().isEmpty() || pair.sourceText().isBlank() || pair.targetText().isBlank()) {
            return List.of();
        }
        WordStems sourceStems = new WordStems(context.sourceLanguage());
        WordStems targetStems = new WordStems(context.targetLanguage());
        List<WordStems.Word> source = sourceStems.words(pair.sourceText());
        List<WordStems.Word> target = targetStems.words(pair.targetText());
        List<Finding> findings = new ArrayList<>();
        for (Glossary.Term term : context.glossary().terms()) {
            List<String> sourceTerm = sourceStems.words(term.source()).stream().map(WordStems.Word::stem).toList();
            List<String> targetTerm = targetStems.words(term.target()).stream().map(WordStems.Word::stem).toList();
            int at = indexOf(source, sourceTerm);
            if (at >= 0 && indexOf(target, targetTerm) < 0) {
                Span span = new Span(source.get(at).start(), source.get(at + sourceTerm.size() - 1).end());
                findings.add(Finding.of(ID, Severity.WARNING, pair, "Glossary: \"" + span.of(pair.sourceText())
                        + "\" should be translated as \"" + term.target() + "\"", List.of(span), List.of()));
            }
        }
        return findings;
    }

    private static int indexOf(List<WordStems.Word> words, List<String> stems) {
        if (stems.isEmpty()) {
            return -1;
        }
        for (int i = 0; i + stems.size() <= words.size(); i++) {
            boolean all = true;
            for (int j = 0; j < stems.size() && all; j++) {
                all = words.get(i + j).stem().equals(stems.get(j));
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public CheckExample example() {
        Glossary glossary = new Glossary(List.of(new Glossary.Term("sanction", "санкция")));
        return new CheckExample(List.of(),"The sanctions against the bank were lifted.", "Санкции против банка были сняты.",
                "The <marker>sanctions</marker> against the bank were lifted.", "Ограничения против банка были сняты.", "1-1", glossary);
    }
}
