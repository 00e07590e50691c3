package nl.ddjgz.massvaccination;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A session's state for review and print.
 *
 * @param notSeen expected children who were not scanned (or were taken out)
 * @param deskChanges every lot switched and vaccinator named at the session's desks, first first
 */
public record SessionOverview(
        MassVaccinationSession session,
        List<ScanLine> scans,
        List<ExpectedChild> expected,
        List<ExpectedChild> notSeen,
        Scans.Totals totals,
        List<DeskSetting> deskChanges) {

    /** How many children get a lot of a vaccine type. */
    public record LotCount(String vaccineType, String batchNumber, int children) {}

    /**
     * The overview of these scans and this expected list: the expected children not seen are those whose number is
     * not among the children in the session.
     */
    static SessionOverview of(
            MassVaccinationSession session,
            List<ScanLine> scans,
            List<ExpectedChild> expected,
            Scans.Totals totals,
            List<DeskSetting> deskChanges) {
        Set<String> seen = new HashSet<>();
        scans.stream()
                .filter(l -> l.scan().toRegister())
                .forEach(l -> seen.add(l.scan().identifier()));
        List<ExpectedChild> notSeen =
                expected.stream().filter(e -> !seen.contains(e.identifier())).toList();
        return new SessionOverview(session, scans, expected, notSeen, totals, deskChanges);
    }

    /** How many children of the session get each lot, per vaccine type and batch number, in the session's order. */
    public List<LotCount> lotCounts() {
        Map<String, LotCount> counts = new LinkedHashMap<>();
        for (SessionVaccine v : session.getVaccines()) {
            counts.put(
                    v.getVaccineType() + "|" + v.getBatchNumber(),
                    new LotCount(v.getVaccineType(), v.getBatchNumber(), 0));
        }
        for (ScanLine l : vaccinated()) {
            if (l.setting() == null) {
                continue;
            }
            for (DeskSetting.Lot lot : l.setting().lots()) {
                counts.merge(
                        lot.vaccineType() + "|" + lot.batchNumber(),
                        new LotCount(lot.vaccineType(), lot.batchNumber(), 1),
                        (a, b) -> new LotCount(a.vaccineType(), a.batchNumber(), a.children() + 1));
            }
        }
        return counts.values().stream().filter(c -> c.children() > 0).toList();
    }

    /** The lots switched at the desks (not the vaccinators named), first first. */
    public List<DeskSetting> lotSwitches() {
        return deskChanges.stream()
                .filter(d -> d.changed() == DeskSetting.Change.LOT)
                .toList();
    }

    /** The children to be registered (or registered, after approval). */
    public List<ScanLine> vaccinated() {
        return scans.stream().filter(l -> l.scan().toRegister()).toList();
    }

    /** What the review page shows, for the approval to compare: the exact set of children in the session. */
    public String reviewed() {
        return ReviewedChildren.fingerprint(
                vaccinated().stream().map(l -> l.scan().id()).toList());
    }

    /** Registered children who were not on the expected list, or had the vaccine before. */
    public List<ScanLine> exceptions() {
        return vaccinated().stream()
                .filter(l ->
                        l.scan().outcome() != ScanOutcome.EXPECTED || l.scan().manual())
                .toList();
    }

    /** Scans that did not count: duplicates refused, invalid, no dossier here. */
    public List<ScanLine> refused() {
        return scans.stream().filter(l -> !l.scan().counted()).toList();
    }

    /**
     * Children in the session without BSN (entered at the desk by name): Praeventis cannot receive them; their
     * registrations go on the RIVM form.
     */
    public List<ScanLine> withoutBsn() {
        return vaccinated().stream()
                .filter(l -> l.scan().outcome() == ScanOutcome.WITHOUT_BSN)
                .toList();
    }

    /** Children picked by hand without an INSZ at a Belgian organisation: they cannot be sent to the register. */
    public List<ScanLine> withoutInsz() {
        return scans.stream()
                .filter(l -> l.scan().outcome() == ScanOutcome.NO_INSZ)
                .toList();
    }

    public List<ScanLine> removed() {
        return scans.stream()
                .filter(l -> l.scan().counted() && l.scan().removedReason() != null)
                .toList();
    }
}
