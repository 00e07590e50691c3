package nl.ddjgz.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.ddjgz.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the desk proposes, on the RVP data as the migrations load it (regular rules, limits, catch-up series), for
 * children of every age and history. Each row: the day, the birth date, the DKTP schedule, whether the mother is HBsAg
 * positive, the history ({@code type:date,...}) and the proposal ({@code type/dose ...}, in any order).
 */
@IntegrationTest
class RvpProposalTableIntegrationTests {

    private static final String DAY = "2026-12-01";
    private static final String LATER = "2027-06-01";

    // complete histories used by several rows
    private static final String INFANT_2023 = "11:2023-09-01,08:2023-09-01,11:2023-11-01,08:2023-11-01,"
            + "11:2024-05-01,08:2024-05-01,04:2024-08-01,28:2024-08-01";
    private static final String INFANT_2021 = "11:2021-09-01,08:2021-09-01,11:2021-11-01,08:2021-11-01,"
            + "11:2022-05-01,08:2022-05-01,04:2022-08-01,28:2022-08-01,04:2024-06-01";
    private static final String CHILD_2016 = "11:2016-08-01,11:2016-09-01,11:2016-10-01,11:2017-05-01,"
            + "08:2016-08-01,08:2016-10-01,08:2017-05-01,04:2017-08-01,06:2017-08-01,27:2020-06-01,04:2025-06-01";
    private static final String CHILD_2012_FEB = "11:2012-04-01,11:2012-05-01,11:2012-06-01,11:2013-01-01,"
            + "08:2012-04-01,08:2012-06-01,08:2013-01-01,04:2013-04-01,06:2013-04-01,27:2016-02-01,04:2021-02-01,"
            + "28:2026-03-01,02:2026-03-01";

    @Autowired
    VaccinationSchedule schedule;

    static Stream<Arguments> children() {
        return Stream.of(
                row("newborn in the RSV season", DAY, "2026-11-28", null, false, "", "RSV/1"),
                row("newborn of an HBsAg-positive mother", DAY, "2026-11-30", null, true, "", "05/1 RSV/1"),
                row("hepatitis B at birth overdue", DAY, "2026-11-25", null, true, "", "05/1 RSV/1"),
                row("two months, standard: rota only", DAY, "2026-10-01", "01", false, "RSV:2026-10-02", "29/1"),
                row("two months, adapted: rota and DKTP", DAY, "2026-10-01", "02", false, "", "29/1 11/1 RSV/1"),
                row(
                        "three months with rota 1: rota 2 after its interval",
                        DAY,
                        "2026-08-25",
                        "01",
                        false,
                        "RSV:2026-09-05,29:2026-10-26",
                        "11/1 08/1 29/2"),
                row(
                        "three months without history: one rota dose, not two",
                        DAY,
                        "2026-08-25",
                        "01",
                        false,
                        "",
                        "RSV/1 29/1 11/1 08/1"),
                row(
                        "three months adapted: the second DKTP waits for the first",
                        DAY,
                        "2026-08-25",
                        "02",
                        false,
                        "RSV:2026-09-05",
                        "11/1 29/1 08/1"),
                row(
                        "seven months without history: rota too late",
                        DAY,
                        "2026-05-01",
                        null,
                        false,
                        "",
                        "RSV/1 11/1 08/1"),
                row(
                        "seven months, second doses overdue",
                        DAY,
                        "2026-05-01",
                        null,
                        false,
                        "11:2026-08-03,08:2026-08-03,29:2026-07-01,29:2026-08-03,RSV:2026-09-10",
                        "11/2 08/2"),
                row(
                        "adapted, second dose planned after its interval",
                        DAY,
                        "2026-09-15",
                        "02",
                        false,
                        "11:2026-11-10,29:2026-11-10",
                        "RSV/1"),
                row(
                        "ten months, nothing until twelve months",
                        DAY,
                        "2026-01-20",
                        null,
                        false,
                        "11:2026-04-20,11:2026-06-22,08:2026-04-20,08:2026-06-22,29:2026-03-20,29:2026-04-20,"
                                + "RSV:2026-01-22",
                        ""),
                row(
                        "twelve months: the revaccination",
                        DAY,
                        "2025-12-01",
                        null,
                        false,
                        "11:2026-03-02,08:2026-03-02,11:2026-05-04,08:2026-05-04,29:2026-02-02,29:2026-03-02,"
                                + "RSV:2025-12-05",
                        "11/3 08/3"),
                row(
                        "fourteen months: BMR and MenACWY",
                        DAY,
                        "2025-10-01",
                        null,
                        false,
                        "11:2026-01-02,08:2026-01-02,11:2026-03-02,08:2026-03-02,11:2026-10-01,08:2026-10-01,"
                                + "29:2025-12-01,29:2026-01-02,RSV:2025-10-03",
                        "04/1 28/1"),
                row(
                        "fifteen months without history: catch-up DKTP and Pneu, no rota, no RSV",
                        DAY,
                        "2025-09-01",
                        null,
                        false,
                        "",
                        "11/1 08/1 04/1 28/1"),
                row(
                        "eighteen months without history: catch-up",
                        DAY,
                        "2025-06-01",
                        null,
                        false,
                        "",
                        "11/1 08/1 04/1 28/1"),
                row(
                        "two years without history: no Pneu any more",
                        DAY,
                        "2024-11-01",
                        null,
                        false,
                        "",
                        "11/1 04/1 28/1"),
                row(
                        "Pneu started at thirteen months: the second catch-up dose",
                        DAY,
                        "2025-02-01",
                        null,
                        false,
                        "11:2025-05-01,11:2025-07-01,11:2026-02-01,08:2026-03-01,29:2025-04-01,29:2025-05-01,"
                                + "04:2026-04-01,28:2026-04-01",
                        "08/2"),
                row(
                        "Pneu started at 23 months: the second dose no longer fits before two years",
                        DAY,
                        "2024-12-15",
                        null,
                        false,
                        "11:2025-03-15,11:2025-05-15,11:2025-12-15,29:2025-02-15,29:2025-03-15,04:2026-02-15,"
                                + "28:2026-02-15,08:2026-11-20",
                        ""),
                row("three and a half: BMR 2 overdue", DAY, "2023-06-01", null, false, INFANT_2023, "04/2"),
                row("five and a half: the DKT booster", DAY, "2021-06-01", null, false, INFANT_2021, "13/1"),
                row(
                        "adapted, missed the fourth dose: the dose, not the booster",
                        DAY,
                        "2021-06-01",
                        "02",
                        false,
                        "11:2021-08-01,11:2021-09-01,11:2021-11-01,08:2021-09-01,08:2021-11-01,08:2022-05-01,"
                                + "04:2022-08-01,28:2022-08-01,04:2024-06-01",
                        "11/4"),
                row(
                        "seven and a half, complete: nothing",
                        DAY,
                        "2019-06-01",
                        null,
                        false,
                        "11:2019-09-01,11:2019-11-01,11:2020-05-01,08:2019-09-01,08:2019-11-01,08:2020-05-01,"
                                + "04:2020-08-01,28:2020-08-01,27:2023-06-01",
                        ""),
                row(
                        "nine and a half without history: only what catch-up gives",
                        DAY,
                        "2017-06-01",
                        null,
                        false,
                        "",
                        "11/1 04/1 28/1"),
                row(
                        "nine and a half, catch-up started: second DKTP and BMR 2",
                        DAY,
                        "2017-06-01",
                        null,
                        false,
                        "11:2026-10-01,04:2026-10-01,28:2026-10-01",
                        "11/2 04/2"),
                row(
                        "ten and a half without history: catch-up and HPV, no MenC",
                        DAY,
                        "2016-06-01",
                        null,
                        false,
                        "",
                        "11/1 04/1 09/1"),
                row(
                        "HPV 2 six months after HPV 1",
                        DAY,
                        "2016-06-01",
                        null,
                        false,
                        CHILD_2016 + ",09:2026-03-01",
                        "09/2"),
                row("HPV 2 not yet", DAY, "2016-06-01", null, false, CHILD_2016 + ",09:2026-08-01", ""),
                row(
                        "no MenC any more",
                        DAY,
                        "2016-06-01",
                        null,
                        false,
                        "11:2016-08-01,11:2016-09-01,11:2016-10-01,11:2017-05-01,08:2016-08-01,08:2016-10-01,"
                                + "08:2017-05-01,04:2017-08-01,27:2020-06-01,04:2025-06-01,09:2026-01-15,09:2026-07-15",
                        ""),
                row(
                        "fourteen this year: MenACWY and DTP",
                        DAY,
                        "2012-06-01",
                        null,
                        false,
                        "11:2012-08-01,11:2012-09-01,11:2012-10-01,11:2013-05-01,08:2012-08-01,08:2012-10-01,"
                                + "08:2013-05-01,04:2013-08-01,06:2013-08-01,27:2016-06-01,04:2021-06-01,"
                                + "09:2022-03-01,09:2022-09-01",
                        "28/1 02/1"),
                row(
                        "fifteen, the fourteen-year doses overdue",
                        DAY,
                        "2011-03-01",
                        null,
                        false,
                        "11:2011-05-01,11:2011-06-01,11:2011-07-01,11:2012-02-01,08:2011-05-01,08:2011-07-01,"
                                + "08:2012-02-01,04:2012-05-01,06:2012-05-01,27:2015-03-01,04:2020-03-01",
                        "28/1 02/1"),
                row(
                        "HPV started after the fifteenth birthday: catch-up dose 1",
                        LATER,
                        "2012-02-01",
                        null,
                        false,
                        CHILD_2012_FEB,
                        "09/1"),
                row(
                        "HPV catch-up: dose 2 one month after dose 1",
                        LATER,
                        "2012-02-01",
                        null,
                        false,
                        CHILD_2012_FEB + ",09:2027-05-01",
                        "09/2"),
                row(
                        "HPV started before fifteen: the regular dose 2",
                        LATER,
                        "2012-02-01",
                        null,
                        false,
                        CHILD_2012_FEB + ",09:2026-06-01",
                        "09/2"),
                row("eighteen and a half: nothing any more", DAY, "2008-06-01", null, false, "", ""));
    }

    private static Arguments row(
            String name, String day, String birth, String dktp, boolean hbsag, String history, String expected) {
        return Arguments.of(name, day, birth, dktp, hbsag, history, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("children")
    void theDeskProposesWhatRivmWouldGive(
            String name, String day, String birth, String dktp, boolean hbsag, String history, String expected) {
        ChildFacts child = new ChildFacts(
                LocalDate.parse(birth),
                dktp == null ? null : DktpSchedule.ofCode(dktp).orElseThrow(),
                hbsag);
        List<String> proposal = schedule.dueOn(child, LocalDate.parse(day), history(history)).stream()
                .map(v -> v.vaccineTypeCode() + "/" + v.dose())
                .toList();
        assertThat(proposal)
                .as(name)
                .containsExactlyInAnyOrderElementsOf(
                        expected.isBlank() ? List.of() : Arrays.asList(expected.split(" ")));
    }

    @Test
    void aNineYearOldWithoutHistoryIsToldWhyTheOtherDosesAreNotProposed() {
        ChildFacts child = new ChildFacts(LocalDate.of(2017, 6, 1), null, false);
        List<DueVaccination> plan = schedule.plan(child, LocalDate.parse(DAY), List.of());
        assertThat(plan)
                .filteredOn(v -> v.vaccineTypeCode().equals("08"))
                .extracting(DueVaccination::status, DueVaccination::latestAge)
                .containsOnly(tuple(DueStatus.TOO_LATE, new AgeLimit("years", 2)));
        assertThat(plan)
                .filteredOn(v -> v.vaccineTypeCode().equals("27"))
                .extracting(DueVaccination::status, DueVaccination::lapsedBy)
                .containsOnly(tuple(DueStatus.LAPSED, "11"));
        assertThat(plan)
                .filteredOn(v -> v.vaccineTypeCode().equals("11"))
                .extracting(DueVaccination::moment, DueVaccination::dose, DueVaccination::status)
                .containsExactly(
                        tuple(DueVaccination.CATCH_UP_MOMENT, 1, DueStatus.CATCH_UP),
                        tuple(DueVaccination.CATCH_UP_MOMENT, 2, DueStatus.WAITING),
                        tuple(DueVaccination.CATCH_UP_MOMENT, 3, DueStatus.WAITING));
        assertThat(plan)
                .filteredOn(v -> v.vaccineTypeCode().equals("09") && v.dose() == 1)
                .extracting(DueVaccination::status, DueVaccination::dueFrom)
                .containsOnly(tuple(DueStatus.PLANNED, LocalDate.of(2027, 1, 1)));
    }

    @Test
    void menCIsNoLongerProposedAndSaysSo() {
        ChildFacts child = new ChildFacts(LocalDate.of(2016, 6, 1), null, false);
        assertThat(schedule.plan(child, LocalDate.parse(DAY), List.of()))
                .filteredOn(v -> v.vaccineTypeCode().equals("06"))
                .extracting(DueVaccination::status, DueVaccination::noLongerUsedAfter)
                .containsOnly(tuple(DueStatus.NOT_USED, LocalDate.of(2018, 4, 30)));
    }

    private static List<GivenVaccination> history(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(entry -> entry.split(":"))
                .map(p -> new GivenVaccination(p[0], LocalDate.parse(p[1])))
                .toList();
    }
}
