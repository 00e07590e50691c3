package nl.ddjgz.registry;

/** The vaccination registers this module can deliver to; the organisation chooses one. */
public enum Registry {
    /** RIVM Praeventis (the Netherlands): HL7v3 over SOAP, one message per contact moment, answered at once. */
    PRAEVENTIS(false),
    /** Vaccinnet BatchUpload (Flanders): KMEHR for up to 500 persons per request, processed at set times, polled. */
    VACCINNET_BATCH(true),
    /** Vaccinnet RegistratieService (Flanders): 1–5 KMEHR messages for one patient, answered at once. */
    VACCINNET_DIRECT(true),
    /** Vaccicard (Wallonia, Brussels): FHIR Immunization (BeVaccination), one resource per vaccination. */
    VACCICARD(true);

    private final boolean belgian;

    Registry(boolean belgian) {
        this.belgian = belgian;
    }

    /** Whether the child is identified by INSZ and the professional by NIHII. */
    public boolean belgian() {
        return belgian;
    }
}
