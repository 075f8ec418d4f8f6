package org.sverka.check.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorInjectorTest {
    @Test
    void changesOneNumber() {
        String changed = new ErrorInjector(1).inject(ErrorInjector.Kind.NUMBER, "", "Погибли 12 человек.").orElseThrow();
        assertThat(changed).matches("Погибли 1\\d человек\\.").isNotEqualTo("Погибли 12 человек.");
    }

    @Test
    void changesTheDayOfADate() {
        String changed = new ErrorInjector(1).inject(ErrorInjector.Kind.DATE, "", "Это было 27 февраля.").orElseThrow();
        assertThat(changed).endsWith(" февраля.").isNotEqualTo("Это было 27 февраля.");
    }

    @Test
    void offersNothingWhenTheSentenceHasNothingToChange() {
        assertThat(new ErrorInjector(1).inject(ErrorInjector.Kind.NUMBER, "", "Шёл дождь.")).isEmpty();
        assertThat(new ErrorInjector(1).inject(ErrorInjector.Kind.OMISSION, "", "Шёл дождь.")).isEmpty();
    }

    @Test
    void isDeterministicForASeed() {
        String text = "В 2019 году 15 компаний, 30 банков и 7 фондов подписали соглашение.";
        assertThat(new ErrorInjector(3).inject(ErrorInjector.Kind.NUMBER, "", text))
                .isEqualTo(new ErrorInjector(3).inject(ErrorInjector.Kind.NUMBER, "", text));
    }
}
