package org.sverka.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.sverka.workbench.TextChecks;
import org.sverka.workbench.TextFindings;
import org.sverka.workbench.Workbench;

/** The check use cases, made on first use like the database beneath them. */
@Configuration(proxyBeanMethods = false)
class CheckConfiguration {

    @Bean
    @Lazy
    TextChecks textChecks(Workbench workbench) {
        return new TextChecks(workbench);
    }

    @Bean
    @Lazy
    TextFindings textFindings(Workbench workbench) {
        return new TextFindings(workbench);
    }
}
