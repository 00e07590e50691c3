package nl.ddjgz.massvaccination;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A vaccine type of the session with the batch preset for it (checked against the register's list on the session
 * date when the session was set up).
 */
@Embeddable
public class SessionVaccine {

    private String vaccineType;
    private String batchNumber;
    private LocalDate batchExpiry;
    private boolean batchChecked;
    private String productName;

    protected SessionVaccine() {}

    SessionVaccine(
            String vaccineType, String batchNumber, LocalDate batchExpiry, boolean batchChecked, String productName) {
        this.vaccineType = vaccineType;
        this.batchNumber = batchNumber;
        this.batchExpiry = batchExpiry;
        this.batchChecked = batchChecked;
        this.productName = productName;
    }

    public String getVaccineType() {
        return vaccineType;
    }

    public String getBatchNumber() {
        return batchNumber;
    }

    public LocalDate getBatchExpiry() {
        return batchExpiry;
    }

    /** False for "overig": confirmed by hand, not in the register's list. */
    public boolean isBatchChecked() {
        return batchChecked;
    }

    public String getProductName() {
        return productName;
    }
}
