/**
 * Mass vaccination sessions (JGZ-2 use cases 3 and 4, registration beforehand or afterwards): a professional sets up
 * the day's vaccine types with their batches and optionally the expected children (a birth cohort of our dossiers or
 * an imported list); assistants scan the call cards at several desks, each BSN counting once per session however many
 * desks scan it; a child not vaccinated after all is taken out with a reason; the professional approves the session,
 * which registers every vaccination and queues every message in one transaction; the vaccinated-versus-expected list
 * is printed or downloaded, and call cards with a Code 128 barcode can be printed for the expected children. An
 * organisation that reports to a Belgian register identifies the children by INSZ instead of BSN (list, scans, call
 * cards); one that reports to Vaccinnet can download the registry's CSV group upload per vaccine type before approval,
 * and the approval then withdraws those children's web-service messages.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Mass vaccination",
        allowedDependencies = {
            "audit",
            "batch",
            "dossier",
            "organisation",
            "praeventis",
            "registry",
            "schedule",
            "shared",
            "vaccination"
        })
package nl.ddjgz.massvaccination;
