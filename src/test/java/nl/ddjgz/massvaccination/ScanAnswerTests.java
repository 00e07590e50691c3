package nl.ddjgz.massvaccination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import org.junit.jupiter.api.Test;

/**
 * What the desk shows for a scan, decided by the scan itself: the colour from the outcome the desk rules gave, the
 * child from its dossier or else from the expected list, where and when a duplicate was first scanned, and the
 * reason's vaccine, dose and day.
 */
class ScanAnswerTests {

    private static final UUID SESSION = UUID.randomUUID();
    private static final Instant NINE = Instant.parse("2026-03-10T08:00:00Z");
    private static final LocalDate BORN = LocalDate.of(2016, 3, 1);

    private static Scan scan(ScanOutcome outcome, UUID dossierId, String desk, Instant at) {
        return Scan.made(
                UUID.randomUUID(),
                SESSION,
                "111222333",
                IdentifierKind.BSN,
                dossierId,
                outcome,
                false,
                desk,
                "assistent",
                at);
    }

    @Test
    void aChildDueForItsDoseIsGreenWithItsNameTheVaccineAndTheDose() {
        ChildDossier child = Children.dossier(Children.born(BORN));
        Scan scan = scan(ScanOutcome.EXPECTED, child.getId(), "1", NINE).withReason(new Scan.Reason("09", 2, null));

        ScanAnswer answer = ScanAnswer.of(scan, child, null, null, "HPV");

        assertThat(answer.outcome().colour()).isEqualTo(ScanOutcome.Colour.GREEN);
        assertThat(answer.childName()).isEqualTo(child.fullName());
        assertThat(answer.birthDate()).isEqualTo(BORN);
        assertThat(answer.dossierId()).isEqualTo(child.getId());
        assertThat(answer.vaccineDetail()).isEqualTo("HPV");
        assertThat(answer.dose()).isEqualTo(2);
        assertThat(answer.reasonDate()).isNull();
        assertThat(answer.stored()).isTrue();
        assertThat(answer.earlierAt()).isNull();
    }

    @Test
    void aDuplicateTellsWhenAndAtWhichDeskTheChildWasFirstScanned() {
        ChildDossier child = Children.dossier(Children.born(BORN));
        Scan first = scan(ScanOutcome.EXPECTED, child.getId(), "2", NINE);
        Scan again = scan(ScanOutcome.DUPLICATE, child.getId(), "1", NINE.plusSeconds(600));

        ScanAnswer answer = ScanAnswer.of(again, child, null, first, null);

        assertThat(answer.outcome().colour()).isEqualTo(ScanOutcome.Colour.ORANGE);
        assertThat(answer.outcome().counted()).isFalse();
        assertThat(answer.earlierAt()).isEqualTo(NINE);
        assertThat(answer.earlierDesk()).isEqualTo("2");
        assertThat(answer.vaccineDetail()).isNull();
        assertThat(answer.dose()).isZero();
    }

    @Test
    void anExpectedChildWithoutADossierIsNamedFromTheList() {
        ExpectedChild listed = new ExpectedChild(
                UUID.randomUUID(),
                SESSION,
                "111222333",
                IdentifierKind.BSN,
                "Jansen",
                "Eva",
                BORN,
                "CSV",
                ExpectedChild.Listed.NONE);
        Scan scan = scan(ScanOutcome.EXPECTED_NO_DOSSIER, null, "1", NINE);

        ScanAnswer answer = ScanAnswer.of(scan, (ChildDossier) null, listed, null, null);

        assertThat(answer.childName()).isEqualTo("Eva Jansen");
        assertThat(answer.birthDate()).isEqualTo(BORN);
        assertThat(answer.dossierId()).isNull();
        assertThat(answer.outcome().counted()).isFalse();
    }

    @Test
    void aDoseTooEarlyCarriesTheDayItMayBeGivenFrom() {
        ChildDossier child = Children.dossier(Children.born(BORN));
        LocalDate from = LocalDate.of(2026, 9, 1);
        Scan scan =
                scan(ScanOutcome.DOSE_TOO_EARLY, child.getId(), "1", NINE).withReason(new Scan.Reason("09", 2, from));

        ScanAnswer answer = ScanAnswer.of(scan, child, null, null, "HPV");

        assertThat(answer.outcome().colour()).isEqualTo(ScanOutcome.Colour.ORANGE);
        assertThat(answer.outcome().counted()).isTrue();
        assertThat(answer.reasonDate()).isEqualTo(from);
        assertThat(answer.dose()).isEqualTo(2);
    }

    @Test
    void aScanMadeAtTheDeskCountsOnlyWhenItsOutcomePutsTheChildInTheSession() {
        assertThat(scan(ScanOutcome.NOT_EXPECTED, null, "1", NINE).counted()).isTrue();
        assertThat(scan(ScanOutcome.NO_DOSSIER, null, "1", NINE).counted()).isFalse();
        assertThat(scan(ScanOutcome.EXPECTED, null, "1", NINE).toRegister()).isTrue();
    }
}
