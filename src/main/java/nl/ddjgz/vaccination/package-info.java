/**
 * Registering vaccinations at a contact moment (JGZ-2 use cases 1 and 2): the vaccinations that belong to it, a batch
 * number or an objection or a postponement per vaccine line, the professional's deliberate approval that queues the
 * message for Praeventis, correction or withdrawal before dispatch, a correction request after it, the child's
 * vaccination history and the recall list of a batch.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Vaccination",
        allowedDependencies = {
            "audit",
            "batch",
            "dossier",
            "organisation",
            "praeventis",
            "praeventis :: hl7",
            "registry",
            "schedule",
            "security",
            "shared"
        })
package nl.ddjgz.vaccination;
