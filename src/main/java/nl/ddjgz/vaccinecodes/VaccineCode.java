package nl.ddjgz.vaccinecodes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One of our vaccine types in the Belgian registers' codes: the product (CNK code of the pack and its name), the KMEHR
 * vaccine indications and the SNOMED CT code of the BeVaccination value set. Kept as data the administrator edits.
 */
@Entity
@Table(name = "registry_vaccine_code")
public class VaccineCode {

    @Id
    private String vaccineTypeCode;

    private String cnk;
    private String productName;
    private String kmehrIndications;
    private String snomedCode;
    private String snomedDisplay;
    private boolean lotRequired;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private long version;

    protected VaccineCode() {}

    VaccineCode(String vaccineTypeCode) {
        this.vaccineTypeCode = vaccineTypeCode;
        this.kmehrIndications = "";
    }

    void update(
            String cnk,
            String productName,
            List<String> indications,
            String snomedCode,
            String snomedDisplay,
            boolean lotRequired,
            String by,
            Instant at) {
        this.cnk = blankToNull(cnk);
        this.productName = blankToNull(productName);
        this.kmehrIndications = String.join(",", indications);
        this.snomedCode = blankToNull(snomedCode);
        this.snomedDisplay = blankToNull(snomedDisplay);
        this.lotRequired = lotRequired;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getVaccineTypeCode() {
        return vaccineTypeCode;
    }

    /** The CNK code of the pack (7 digits), or null: then the type cannot go to a Belgian register. */
    public String getCnk() {
        return cnk;
    }

    public String getProductName() {
        return productName;
    }

    /** KMEHR CD-VACCINEINDICATION values (diphteria, tetanus, …). */
    public List<String> getKmehrIndications() {
        return kmehrIndications == null || kmehrIndications.isBlank()
                ? List.of()
                : Arrays.stream(kmehrIndications.split(",")).map(String::strip).toList();
    }

    /** SNOMED CT code from the BeVaccination value set, or null: then sent as "other" with the product name. */
    public String getSnomedCode() {
        return snomedCode;
    }

    public String getSnomedDisplay() {
        return snomedDisplay;
    }

    /** Whether the register requires the lot number for this type (always for COVID-19). */
    public boolean isLotRequired() {
        return lotRequired;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
