package nl.ddjgz.massvaccination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ddjgz.vaccination.InjectionSite;

/**
 * What a desk of a session works with from a moment on: the lot of each vaccine type and the vaccinator working there
 * (with the injection site, where known). Every change is a new setting with who changed what and when; a scan keeps
 * the setting in use at its desk when it was made.
 *
 * @param changed what this setting changed
 * @param changedType the vaccine type whose lot was switched (for {@link Change#LOT})
 * @param vaccinator the name of the vaccinator at the desk, or null when none was named
 */
public record DeskSetting(
        UUID id,
        UUID sessionId,
        String desk,
        Change changed,
        String changedType,
        List<Lot> lots,
        String vaccinator,
        InjectionSite injectionSite,
        String changedBy,
        Instant changedAt) {

    /** What a setting changed. */
    public enum Change {
        LOT,
        VACCINATOR
    }

    /**
     * The lot of a vaccine type in use at a desk.
     *
     * @param checked false for "overig": confirmed by hand, not in the register's list
     */
    public record Lot(String vaccineType, String batchNumber, LocalDate expiry, boolean checked, String productName) {

        static Lot of(SessionVaccine v) {
            return new Lot(
                    v.getVaccineType(), v.getBatchNumber(), v.getBatchExpiry(), v.isBatchChecked(), v.getProductName());
        }
    }

    /** The lot of this vaccine type, if the setting has one. */
    public Optional<Lot> lot(String vaccineType) {
        return lots.stream().filter(l -> l.vaccineType().equals(vaccineType)).findFirst();
    }

    /** The lot switched by this setting (for {@link Change#LOT}). */
    public Optional<Lot> switchedLot() {
        return changed == Change.LOT ? lot(changedType) : Optional.empty();
    }

    /** The desk as it starts: the session's preset lots, no vaccinator named. */
    static DeskSetting preset(MassVaccinationSession session, String desk) {
        return new DeskSetting(
                null,
                session.getId(),
                desk,
                null,
                null,
                session.getVaccines().stream().map(Lot::of).toList(),
                null,
                null,
                null,
                null);
    }

    /** The setting a scan was made with: its desk's setting at that moment, or the session's preset lots. */
    static DeskSetting of(MassVaccinationSession session, Scan scan, Map<UUID, DeskSetting> settings) {
        DeskSetting setting = scan.deskSettingId() == null ? null : settings.get(scan.deskSettingId());
        return setting != null ? setting : preset(session, scan.desk());
    }

    /** This setting with the lot of one vaccine type switched. */
    DeskSetting withLot(Lot lot, String by, Instant at) {
        List<Lot> next = new ArrayList<>();
        for (Lot l : lots) {
            next.add(l.vaccineType().equals(lot.vaccineType()) ? lot : l);
        }
        return new DeskSetting(
                UUID.randomUUID(),
                sessionId,
                desk,
                Change.LOT,
                lot.vaccineType(),
                List.copyOf(next),
                vaccinator,
                injectionSite,
                by,
                at);
    }

    /** This setting with another vaccinator (and injection site). */
    DeskSetting withVaccinator(String name, InjectionSite site, String by, Instant at) {
        return new DeskSetting(UUID.randomUUID(), sessionId, desk, Change.VACCINATOR, null, lots, name, site, by, at);
    }
}
