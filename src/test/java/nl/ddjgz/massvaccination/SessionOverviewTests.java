package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.dossier.ChildData;
import nl.ddjgz.dossier.Gender;
import org.junit.jupiter.api.Test;

/**
 * A session's overview and the expected list's children as plain values: who of the expected list was not seen, what
 * the review page fingerprints, and the dossier an expected child's list data opens.
 */
class SessionOverviewTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate BORN = LocalDate.of(2016, 3, 1);

    private final MassVaccinationSession session = MassVaccinationSession.setUp(
            TODAY,
            1L,
            SessionMode.BEFOREHAND,
            List.of(new SessionVaccine("09", "CX241A", TODAY.plusYears(1), true, "Cervarix")),
            "arts",
            CLOCK);

    private ExpectedChild expected(String bsn, String givenNames, ExpectedChild.Listed listed) {
        return new ExpectedChild(
                UUID.randomUUID(),
                session.getId(),
                bsn,
                IdentifierKind.BSN,
                "Jansen",
                givenNames,
                BORN,
                "CALL",
                listed);
    }

    private ScanLine line(String bsn, ScanOutcome outcome) {
        Scan scan = Scan.made(
                UUID.randomUUID(),
                session.getId(),
                bsn,
                IdentifierKind.BSN,
                UUID.randomUUID(),
                outcome,
                false,
                "1",
                "assistent",
                CLOCK.instant());
        return new ScanLine(scan, "Eva Jansen", BORN, null, DeskSetting.preset(session, "1"));
    }

    @Test
    void theExpectedChildrenNotSeenAreThoseNotInTheSession() {
        ExpectedChild seen = expected("111222333", "Eva", ExpectedChild.Listed.NONE);
        ExpectedChild duplicateOnly = expected("123456782", "Noor", ExpectedChild.Listed.NONE);
        ExpectedChild absent = expected("999999990", "Sem", ExpectedChild.Listed.NONE);

        SessionOverview overview = SessionOverview.of(
                session,
                List.of(line("111222333", ScanOutcome.EXPECTED), line("123456782", ScanOutcome.DUPLICATE)),
                List.of(seen, duplicateOnly, absent),
                new Scans.Totals(1, 3, 1, 0, 0, 1),
                List.of());

        assertThat(overview.notSeen()).containsExactly(duplicateOnly, absent);
        assertThat(overview.vaccinated()).hasSize(1);
        assertThat(overview.refused()).hasSize(1);
        assertThat(overview.lotCounts()).containsExactly(new SessionOverview.LotCount("09", "CX241A", 1));
        assertThat(overview.reviewed())
                .isEqualTo(ReviewedChildren.fingerprint(
                        List.of(overview.vaccinated().get(0).scan().id())));
    }

    @Test
    void aCallListChildOpensADossierWithItsGenderAndAddressAndAnUnknownGenderAsUnknown() {
        ExpectedChild.Listed listed = new ExpectedChild.Listed("van", "F", "Dorpsstraat", 3, "a", "3511 AB", "Utrecht");
        ChildData data = expected("111222333", "Eva", listed).dossierData().orElseThrow();

        assertThat(data.bsn().value()).isEqualTo("111222333");
        assertThat(data.namePrefix()).isEqualTo("van");
        assertThat(data.gender()).isEqualTo(Gender.F);
        assertThat(data.address().postcode()).isEqualTo("3511 AB");
        assertThat(data.address().city()).isEqualTo("Utrecht");

        ExpectedChild.Listed odd = new ExpectedChild.Listed(null, "X", null, null, null, "not a postcode", null);
        ChildData oddData = expected("111222333", "Eva", odd).dossierData().orElseThrow();
        assertThat(oddData.gender()).isEqualTo(Gender.UN);
        assertThat(oddData.address().postcode()).isNull();
    }

    @Test
    void aListedChildWithoutGivenNamesCannotMakeADossier() {
        assertThat(expected("111222333", " ", ExpectedChild.Listed.NONE).dossierData())
                .isEmpty();
    }
}
