package org.sverka.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;

class CheckIdValuesTest {
    private final CheckIdValues values = new CheckIdValues();

    @Test
    void aPrefixCompletesToTheMatchingCheckIdsWhateverItsCase() {
        assertThat(complete("n")).containsExactly("NUMBERS", "NAMES");
    }

    @Test
    void afterACommaTheNextIdIsCompletedAndTheFirstKept() {
        assertThat(complete("NUMBERS,da")).containsExactly("NUMBERS,DATES");
    }

    @Test
    void nothingTypedOffersEveryCheck() {
        assertThat(complete("")).hasSize(12).contains("CONSISTENCY", "GLOSSARY");
    }

    private List<String> complete(String word) {
        CompletionContext context = new CompletionContext(List.of("check", "palu", "--only", word), 3, word.length(), null, null);
        return values.complete(context).stream().map(CompletionProposal::value).toList();
    }
}
