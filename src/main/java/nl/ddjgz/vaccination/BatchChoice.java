package nl.ddjgz.vaccination;

import java.time.LocalDate;

/**
 * The batch number chosen for a vaccine line.
 *
 * @param checkedAgainstList false for "overig": a number typed by hand that is not in the register's list
 * @param gtin the product code when the pack was scanned
 * @param serial the pack's serial number when it was scanned
 */
record BatchChoice(
        String batchNumber,
        LocalDate expiry,
        boolean checkedAgainstList,
        String productName,
        String gtin,
        String serial) {}
