package org.sverka.shell;

import java.util.List;
import java.util.Locale;

import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.standard.ValueProvider;
import org.springframework.stereotype.Component;
import org.sverka.check.Check;
import org.sverka.check.Checks;

/** Tab completion of check ids for --check and --only; after a comma, of the next id in the list. */
@Component
class CheckIdValues implements ValueProvider {
    @Override
    public List<CompletionProposal> complete(CompletionContext context) {
        String word = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
        int comma = word.lastIndexOf(',');
        String done = word.substring(0, comma + 1);
        String prefix = word.substring(comma + 1).toUpperCase(Locale.ROOT);
        // The registry's ids need no database, so completion works before it is opened.
        return Checks.defaults().all().stream().map(Check::id)
                .filter(id -> id.startsWith(prefix))
                .map(id -> new CompletionProposal(done + id))
                .toList();
    }
}
