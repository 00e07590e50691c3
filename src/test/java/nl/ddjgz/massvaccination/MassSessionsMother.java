package nl.ddjgz.massvaccination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ddjgz.audit.DossierRef;
import nl.ddjgz.dossier.ChildDossier;

/** Test mass vaccination sessions, scans and overviews ("object mother"), built as the services build them. */
public final class MassSessionsMother {

    private MassSessionsMother() {}

    /** An open session of this day at location 1, set up beforehand with one vaccine type and its checked lot. */
    public static MassVaccinationSession session(LocalDate date, Clock clock, String vaccineType, String batch) {
        return MassVaccinationSession.setUp(
                date,
                1L,
                SessionMode.BEFOREHAND,
                List.of(new SessionVaccine(vaccineType, batch, date.plusYears(1), true, null)),
                "arts",
                clock);
    }

    /** A scan at desk 1 of the session with this outcome, as the desk's list and the overview show it. */
    public static ScanLine line(
            MassVaccinationSession session, String bsn, ScanOutcome outcome, ChildDossier child, Clock clock) {
        DossierRef dossier = child == null ? null : child.ref();
        Scan scan = Scan.made(
                UUID.randomUUID(),
                session.getId(),
                bsn,
                IdentifierKind.BSN,
                dossier == null ? null : dossier.id(),
                outcome,
                false,
                "1",
                "assistent",
                clock.instant());
        return new ScanLine(
                scan,
                child == null ? null : child.fullName(),
                child == null ? null : child.getBirthDate(),
                dossier,
                DeskSetting.preset(session, "1"));
    }

    /** The overview of these scans, without an expected list. */
    public static SessionOverview overview(MassVaccinationSession session, List<ScanLine> lines) {
        int registered = (int) lines.stream().filter(l -> l.scan().toRegister()).count();
        return SessionOverview.of(session, lines, List.of(), new Scans.Totals(registered, 0, 0, 0, 0, 0), List.of());
    }

    /** A session's counters as the desk and the review page show them. */
    public static Scans.Totals totals(
            int registered, int expected, int expectedSeen, int exceptions, int removed, int refused) {
        return new Scans.Totals(registered, expected, expectedSeen, exceptions, removed, refused);
    }
}
