package nl.ddjgz.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;

class NihiiTests {

    @Test
    void theCheckDigitsAre97MinusTheFirstSixDigitsMod97() {
        // 123456 mod 97 = 72, 97 - 72 = 25; qualification code 003
        Nihii nihii = Nihii.of("12345625003");
        assertThat(nihii.value()).isEqualTo("12345625003");
        assertThat(nihii.identifier()).isEqualTo("123456");
        assertThat(nihii.qualification()).isEqualTo("003");
    }

    @Test
    void anIdentifierDivisibleBy97HasCheckDigits97() {
        // 000097 mod 97 = 0, so the check digits are 97
        assertThat(Nihii.isValid("00009797000")).isTrue();
    }

    @Test
    void theQualificationCodeDoesNotTakePartInTheCheck() {
        assertThat(Nihii.isValid("12345625000")).isTrue();
        assertThat(Nihii.isValid("12345625999")).isTrue();
    }

    @Test
    void theDotsDashesAndSpacesOfPrintedNumbersAreIgnored() {
        assertThat(Nihii.of("1-23456-25-003")).isEqualTo(Nihii.of("12345625003"));
        assertThat(Nihii.of(" 1.23456.25.003 ")).isEqualTo(Nihii.of("12345625003"));
        assertThat(Nihii.of("123456 25 003")).isEqualTo(Nihii.of("12345625003"));
    }

    @Test
    void isPrintedTheWayRizivPrintsIt() {
        assertThat(Nihii.of("12345625003").formatted()).isEqualTo("1-23456-25-003");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345624003", "12345626003", "1234562500", "123456250031", "1234562500A", "+2345625003"})
    void refusesWrongCheckDigitsLengthsAndOtherCharacters(String text) {
        assertThat(Nihii.isValid(text)).isFalse();
        assertThat(Nihii.parse(text)).isEmpty();
        assertThatThrownBy(() -> Nihii.of(text)).isInstanceOf(Nihii.InvalidNihiiException.class);
    }

    @Test
    void theErrorCarriesNoPartOfTheInput() {
        assertThatThrownBy(() -> Nihii.of("12345624003")).message().doesNotContain("12345624003");
    }

    @Test
    void equalNumbersAreEqual() {
        assertThat(Nihii.of("12345625003"))
                .isEqualTo(Nihii.of("12345625003"))
                .hasSameHashCodeAs(Nihii.of("12345625003"))
                .isNotEqualTo(Nihii.of("12345625004"));
    }

    record Professional(@ValidNihii String nihii) {}

    record Child(@ValidInsz String insz) {}

    @Test
    void theFormConstraintsUseTheSameRulesAndAllowEmpty() {
        // as in the application: Spring creates the (package-private) validators
        try (LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean()) {
            validator.setConstraintValidatorFactory(
                    new SpringConstraintValidatorFactory(new DefaultListableBeanFactory()));
            validator.afterPropertiesSet();
            assertThat(validator.validate(new Professional("1-23456-25-003"))).isEmpty();
            assertThat(validator.validate(new Professional(""))).isEmpty();
            assertThat(validator.validate(new Professional(null))).isEmpty();
            assertThat(validator.validate(new Professional("12345624003")))
                    .singleElement()
                    .satisfies(v -> assertThat(v.getMessageTemplate()).isEqualTo("{nihii.invalid}"));
            assertThat(validator.validate(new Child("15.01.05-123.78"))).isEmpty();
            assertThat(validator.validate(new Child(" "))).isEmpty();
            assertThat(validator.validate(new Child("15010512377")))
                    .singleElement()
                    .satisfies(v -> assertThat(v.getMessageTemplate()).isEqualTo("{insz.invalid}"));
        }
    }
}
