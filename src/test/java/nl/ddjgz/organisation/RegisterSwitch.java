package nl.ddjgz.organisation;

/**
 * Switches the test organisation to another register (and language) and back: tests of the Belgian registers share
 * the one test context, so each puts back what it found.
 */
public final class RegisterSwitch {

    /** The eHealth code and Vaccinnet software id the Belgian tests report with. */
    public static final String EHEALTH_ID = "71012345";

    public static final String SOFTWARE_ID = "ddjgz_vaccinatie_kgtest";

    private final OrganisationSettings settings;
    private final String registry;
    private final String language;
    private final String ehealthId;
    private final String softwareId;

    private RegisterSwitch(OrganisationSettings settings) {
        this.settings = settings;
        Organisation o = settings.organisation();
        this.registry = o.getRegistry();
        this.language = o.getLanguage();
        this.ehealthId = o.getEhealthId();
        this.softwareId = o.getSoftwareId();
    }

    /** Remembers the organisation's register settings as they are now. */
    public static RegisterSwitch remember(OrganisationSettings settings) {
        return new RegisterSwitch(settings);
    }

    /** Reports to this register (PRAEVENTIS, VACCINNET_BATCH, VACCINNET_DIRECT, VACCICARD), pages in Dutch. */
    public RegisterSwitch to(String registry) {
        return to(registry, "nl");
    }

    public RegisterSwitch to(String registry, String language) {
        settings.updateRegistry(registry, language, EHEALTH_ID, SOFTWARE_ID);
        return this;
    }

    /** Back to what {@link #remember} found. */
    public void restore() {
        settings.updateRegistry(registry, language, ehealthId, softwareId);
    }
}
