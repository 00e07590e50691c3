/**
 * The audit trail (in the spirit of NEN 7513): every dossier search, read, create and change, every login and failed
 * login, every refused access, with who, role, what, which dossier, when and from where. Append-only.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {})
package nl.ddjgz.audit;
