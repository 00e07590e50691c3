/**
 * The child's dossier: identity (BSN, Belgian INSZ, both or none), name, birth date, gender, BRP address, the DKTP
 * schedule choice and consent to exchange data with RIVM; finding a child by BSN, INSZ or name and birth date; creating
 * and changing a dossier.
 * Every search, read, create and change goes into the audit trail.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Child dossier",
        allowedDependencies = {"audit", "registry", "schedule", "shared"})
package nl.ddjgz.dossier;
