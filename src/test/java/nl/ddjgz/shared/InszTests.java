package nl.ddjgz.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InszTests {

    @Test
    void aNumberOfSomeoneBornBefore2000UsesTheNineDigitsAsTheyAre() {
        // 85.07.30-033.28: 97 - (850730033 mod 97) = 28
        assertThat(Insz.of("85073003328").value()).isEqualTo("85073003328");
    }

    @Test
    void aChildBornFrom2000HasTheDigitsPrefixedWithTwoBeforeTheModulo() {
        // 15.01.05-123: 97 - (2150105123 mod 97) = 78; without the prefix the check would be 49
        assertThat(Insz.isValid("15010512378")).isTrue();
    }

    @Test
    void theDotsAndDashesPrintedOnCardsAreIgnored() {
        assertThat(Insz.of("15.01.05-123.78")).isEqualTo(Insz.of("15010512378"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"85073003327", "15010512377", "1501051237", "150105123789", "1501051237A", "12345678901"})
    void refusesWrongCheckDigitsLengthsAndLetters(String text) {
        assertThat(Insz.isValid(text)).isFalse();
        assertThat(Insz.parse(text)).isEmpty();
    }

    @Test
    void neverShowsTheNumberInTextOrErrors() {
        assertThat(Insz.of("15010512378").toString()).doesNotContain("15010512378");
        assertThatThrownBy(() -> Insz.of("15010512377")).message().doesNotContain("15010512377");
    }

    @Test
    void isPrintedTheWayTheIdentityCardPrintsIt() {
        assertThat(Insz.of("15010512378").formatted()).isEqualTo("15.01.05-123.78");
    }
}
