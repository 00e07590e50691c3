/**
 * Delivery of approved registrations to the vaccination register the organisation reports to: the outbox (our own
 * table, queued in the same transaction as an approval, visible to users, withdrawn by a correction before dispatch),
 * the dispatcher that delivers it reliably, and the port every register's adapter implements
 * ({@link nl.ddjgz.registry.RegistryAdapter}: Praeventis, Vaccinnet BatchUpload, Vaccinnet RegistratieService,
 * Vaccicard). Which register is used is the organisation's setting.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Registry delivery",
        allowedDependencies = {"audit", "organisation", "shared"})
package nl.ddjgz.registry;
