/**
 * Batch numbers (partijnummers): the register's nightly list of valid numbers per vaccine type, the picker rules
 * (known, valid on the vaccination date, of the line's vaccine type) and reading a vaccine pack's GS1 DataMatrix.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Batch numbers",
        allowedDependencies = {"audit", "organisation", "praeventis :: hl7", "shared"})
package nl.ddjgz.batch;
