package nl.ddjgz.massvaccination;

import java.time.LocalDate;
import nl.ddjgz.audit.DossierRef;

/**
 * A scan with the child's name, birth date and dossier (when a dossier was found).
 *
 * @param setting the lots and the vaccinator in use at its desk when it was scanned (in an overview)
 */
public record ScanLine(Scan scan, String childName, LocalDate birthDate, DossierRef dossier, DeskSetting setting) {

    ScanLine with(DeskSetting deskSetting) {
        return new ScanLine(scan, childName, birthDate, dossier, deskSetting);
    }

    /** The lot of this vaccine type the child got (or gets at approval). */
    public String batchOf(String vaccineType) {
        return setting == null
                ? null
                : setting.lot(vaccineType).map(DeskSetting.Lot::batchNumber).orElse(null);
    }
}
