package nl.ddjgz.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTests {

    @ParameterizedTest
    @ValueSource(strings = {"123456782", "111222333", " 111222333 ", "999990019"})
    void acceptsNumbersThatPassTheElfproef(String text) {
        assertThat(Bsn.isValid(text)).isTrue();
        assertThat(Bsn.of(text).value()).isEqualTo(text.strip());
    }

    @Test
    void givesAnEightDigitNumberItsLeadingZero() {
        // 0 + 12345672: 9*0 + 8*1 + 7*2 + 6*3 + 5*4 + 4*5 + 3*6 + 2*7 - 2 = 110, divisible by 11
        assertThat(Bsn.of("12345672").value()).isEqualTo("012345672");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "123456789", // fails the elfproef
                "111222334", // one digit off
                "000000000", // passes the sum but refused by decision
                "12345678", // eight digits whose padded form fails
                "1234567820", // ten digits
                "1234", // too short
                "12345678a", // a letter
                "123 456 782", // spaces inside
                "-23456782"
            })
    void refusesAnythingElse(String text) {
        assertThat(Bsn.isValid(text)).isFalse();
        assertThat(Bsn.parse(text)).isEmpty();
    }

    @Test
    void theLastWeightIsMinusOne() {
        // with +1 as last weight 123456789 would not pass either; 123456782 passes only with -1
        assertThat(Bsn.isValid("123456782")).isTrue();
        assertThat(Bsn.isValid("123456784")).isFalse();
    }

    @Test
    void neverShowsTheNumberInTextOrErrors() {
        Bsn bsn = Bsn.of("123456782");
        assertThat(bsn.toString()).doesNotContain("123456782").contains("12*****82");
        assertThatThrownBy(() -> Bsn.of("123456789"))
                .isInstanceOf(Bsn.InvalidBsnException.class)
                .message()
                .doesNotContain("123456789");
    }

    @Test
    void isAValueObject() {
        assertThat(Bsn.of("123456782")).isEqualTo(Bsn.of(" 123456782")).hasSameHashCodeAs(Bsn.of("123456782"));
        assertThat(Bsn.of("123456782")).isNotEqualTo(Bsn.of("111222333"));
    }

    @Test
    void theFormConstraintUsesTheSameRule() {
        BsnValidator validator = new BsnValidator();
        assertThat(validator.isValid("123456782", null)).isTrue();
        assertThat(validator.isValid("123456789", null)).isFalse();
        assertThat(validator.isValid("", null))
                .as("empty is for @NotBlank to judge")
                .isTrue();
    }
}
