package org.sverka.shell;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.standard.ValueProvider;
import org.springframework.stereotype.Component;
import org.sverka.SverkaException;
import org.sverka.workbench.Workbench;

/** Tab completion of the names of stored texts. */
@Component
class TextNameValues implements ValueProvider {
    private final ObjectProvider<Workbench> workbench;

    TextNameValues(ObjectProvider<Workbench> workbench) {
        this.workbench = workbench;
    }

    @Override
    public List<CompletionProposal> complete(CompletionContext context) {
        try {
            String prefix = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
            return workbench.getObject().store().texts().names().stream()
                    .filter(n -> n.startsWith(prefix))
                    .map(n -> new CompletionProposal(n).dontQuote(false))
                    .toList();
        } catch (SverkaException unavailable) {
            return List.of(); // no completion when the database cannot be opened; the command will say why
        }
    }
}
