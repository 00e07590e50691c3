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
}
