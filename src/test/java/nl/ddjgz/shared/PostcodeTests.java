package nl.ddjgz.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"1234 AB", "9999 ZZ", "1000 AA"})
    void acceptsTheBrpForm(String text) {
        assertThat(Postcode.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234AB", "1234 ab", "0123 AB", "123 AB", "12345 AB", "1234  AB", "ABCD 12", ""})
    void refusesOtherForms(String text) {
        assertThat(Postcode.isValid(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234 ab", " 1234 Ab "})
    void tidyingFixesOnlyCaseAndSurroundingSpace(String text) {
        assertThat(Postcode.tidy(text)).isEqualTo("1234 AB");
        assertThat(Postcode.tidy("1234ab")).isEqualTo("1234AB");
    }
}
