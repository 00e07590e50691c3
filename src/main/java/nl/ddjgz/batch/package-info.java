/**
 * Batch numbers (partijnummers): the register's nightly list of valid numbers per vaccine type, the picker rules
 * (known, valid on the vaccination date, of the line's vaccine type) and reading a vaccine pack's GS1 DataMatrix.
 * The list arrives in the register's own format through the register's adapter (Praeventis), which hands it over
 * as a {@link nl.ddjgz.batch.ReceivedBatchList}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Batch numbers",
        allowedDependencies = {"audit", "organisation", "shared"})
package nl.ddjgz.batch;
