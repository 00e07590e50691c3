package nl.ddjgz.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactActivityTests {

    private static final LocalDate BIRTH = LocalDate.of(2020, 3, 15);

    @ParameterizedTest(name = "{0} days old -> W0188 {1}")
    @CsvSource({
        "5, 01",
        "13, 01",
        "14, 37",
        "90, 37",
        "212, 37",
        "214, 38",
        "366, 38",
        "395, 38",
        "396, 39",
        "1460, 39",
        "1462, 40",
        "4380, 40",
        "4384, 41",
        "6500, 41"
    })
    void proposesTheContactMomentForTheChildsAge(int days, String code) {
        assertThat(ContactActivity.forAge(BIRTH, BIRTH.plusDays(days)).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"22, false", "45, false", "37, true"})
    void onlyAgeBoundActivitiesProposeVaccinations(String code, boolean ageBound) {
        assertThat(ContactActivity.ofCode(code).orElseThrow().isAgeBound()).isEqualTo(ageBound);
    }

    @ParameterizedTest(name = "{0} days old, W0188 {1}: fits {2}")
    @CsvSource({
        "5, 01, true",
        "5, 37, false",
        "120, 37, true",
        "120, 41, false",
        "120, 39, false",
        "366, 38, true",
        "396, 38, false",
        "396, 39, true",
        "3400, 40, true",
        "3400, 39, false",
        "3400, 41, false",
        "5500, 41, true",
        "5500, 40, false",
        // chosen by hand: any age
        "120, 22, true",
        "5500, 42, true",
        "3400, 45, true",
        "3400, 20, true"
    })
    void anAgeBoundActivityFitsOnlyTheAgesItIsFor(int days, String code, boolean fits) {
        assertThat(ContactActivity.ofCode(code).orElseThrow().fitsAge(BIRTH, BIRTH.plusDays(days)))
                .isEqualTo(fits);
    }
}
