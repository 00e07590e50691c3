package nl.ddjgz.batch;

import java.time.LocalDate;

/**
 * One batch number of a list.
 *
 * @param vaccineTypeCode the W0422 vaccine type; null when the register sent none
 * @param expiry null when the register sent none: "expiry unknown", the user must check the vial
 */
public record BatchEntry(
        String vaccineTypeCode, String batchNumber, LocalDate expiry, String productCode, String productName) {}
