package org.sverka.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.sverka.SverkaException;
import org.sverka.check.Check;
import org.sverka.check.CheckContext;
import org.sverka.check.CheckedPair;
import org.sverka.check.Checks;
import org.sverka.check.ConsistencyCheck;
import org.sverka.check.Finding;
import org.sverka.check.Glossary;
import org.sverka.check.GlossaryCheck;
import org.sverka.check.WordTranslations;
import org.sverka.dictionary.DictionaryFile;
import org.sverka.model.Progress;
import org.sverka.store.FindingRecord;
import org.sverka.store.Store;
import org.sverka.store.TextInfo;

/**
 * Runs the translation checks over a stored text and stores what they find. Dismissals are kept by the
 * store under each finding's signature, which covers the pair's texts: a dismissed finding stays hidden
 * on later runs until the pair's text changes.
 */
public final class TextChecks {
    private final Workbench workbench;
    private final Checks checks;

    public TextChecks(Workbench workbench) {
        this(workbench, Checks.defaults());
    }

    public TextChecks(Workbench workbench, Checks checks) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.checks = Objects.requireNonNull(checks, "checks");
    }

    /** The ids of the checks, in the order they run. */
    public List<String> checkIds() {
        return checks.all().stream().map(Check::id).toList();
    }

    /**
     * Runs the requested checks over every pair of the text, adds cross-text consistency findings when the
     * consistency check runs, and stores the findings in one transaction. Progress counts checks.
     */
    public CheckOutcome check(String name, CheckRequest request, Progress progress) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(progress, "progress");
        Store store = workbench.store();
        List<String> only = request.only().stream().map(TextChecks::checkId).distinct().toList();
        Checks selected = only.isEmpty() ? checks : checks.only(only);
        List<String> ids = selected.all().stream().map(Check::id).toList();
        TextInfo text = workbench.requireAligned(name);
        Glossary glossary = glossary(request, ids, text);
        List<CheckedPair> pairs = pairs(store, text);
        CheckContext context = new CheckContext(text.sourceLanguage(), text.targetLanguage(), glossary, translations(request, text));
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            progress.report("checking " + ids.get(i), i, ids.size());
            found.addAll(selected.all().get(i).check(pairs, context));
        }
        if (ids.contains(ConsistencyCheck.ID)) {
            progress.report("comparing with other texts", ids.size(), ids.size());
            found.addAll(new DatabaseConsistency(store).findings(text, pairs));
        }
        List<FindingRecord> fresh = found.stream().map(StoredFindings::record).toList();
        List<FindingRecord> kept = only.isEmpty() ? List.of()
                : store.findings().all(text.id()).stream().filter(r -> !ids.contains(r.checkId())).toList();
        List<FindingRecord> stored = new ArrayList<>(kept);
        stored.addAll(fresh);
        stored.sort(inRunOrder());
        store.findings().replace(text.id(), stored);
        Set<String> dismissed = store.findings().dismissed(text.id());
        List<FindingRecord> open = fresh.stream().filter(r -> !dismissed.contains(r.signature())).toList();
        return new CheckOutcome(text, pairs.size(), ids, open, fresh.size() - open.size(), kept.size());
    }

    /** The check id as stored ("numbers" gives NUMBERS); an unknown id is an error listing the valid ones. */
    public String requireCheckId(String given) {
        String id = checkId(given);
        checks.only(List.of(id));
        return id;
    }

    /** Every pair of the text, as the checks see them. */
    static List<CheckedPair> pairs(Store store, TextInfo text) {
        List<CheckedPair> pairs = new ArrayList<>(text.pairs());
        store.alignments().forEachPair(text.id(), pair -> pairs.add(CheckedPair.from(pair)));
        return pairs;
    }

    /** "numbers" and "end-punctuation" name NUMBERS and END_PUNCTUATION. */
    static String checkId(String given) {
        return given.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private Glossary glossary(CheckRequest request, List<String> ids, TextInfo text) {
        boolean glossaryRuns = ids.contains(GlossaryCheck.ID);
        if (request.glossary().isEmpty()) {
            if (glossaryRuns && ids.size() == 1) {
                throw new SverkaException("The GLOSSARY check needs a term list: add --glossary terms.csv"
                        + " (two columns: English term, Russian term) or a TBX file.");
            }
            return Glossary.EMPTY;
        }
        if (!glossaryRuns) {
            throw new SverkaException("--glossary is used only by the GLOSSARY check; add GLOSSARY to --only.");
        }
        Path file = request.glossary().get();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            String problem = !Files.exists(file) ? "does not exist" : Files.isDirectory(file) ? "is a folder" : "cannot be read";
            throw new SverkaException("The glossary file " + file + " " + problem + ": give --glossary a term list,"
                    + " a CSV file (English term, Russian term) or a TBX file.");
        }
        return Glossary.read(file, text.sourceLanguage(), text.targetLanguage());
    }

    /** The user's dictionary, prepared for the text's languages; none without --dictionary. */
    private static WordTranslations translations(CheckRequest request, TextInfo text) {
        return request.dictionary()
                .map(file -> WordTranslations.of(DictionaryFile.read(file), text.sourceLanguage(), text.targetLanguage()))
                .orElse(WordTranslations.NONE);
    }

    /** By pair, then in the order of the checks, as a full run stores them. */
    private Comparator<FindingRecord> inRunOrder() {
        List<String> order = checkIds();
        return Comparator.comparingInt(FindingRecord::pairNumber).thenComparingInt(r -> order.indexOf(r.checkId()));
    }
}
