package org.sverka.shell;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

@Component
class SverkaPrompt implements PromptProvider {
    @Override
    public AttributedString getPrompt() {
        return new AttributedString("sverka> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }
}
