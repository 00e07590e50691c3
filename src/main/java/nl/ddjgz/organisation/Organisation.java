package nl.ddjgz.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The JGZ organisation running this module (one row). */
@Entity
@Table(name = "organisation")
public class Organisation {

    static final short THE_ONE = 1;

    @Id
    private Short id;

    private String name;
    private String ura;
    private String agb;
    private String city;
    private String applicationId;
    private String serverCertificateId;
    private String registry;
    private String language;
    private String ehealthId;
    private String softwareId;
    private String dossierOid;
    private String contactMomentOid;
    private int sendWindowMinutes;

    @Version
    private long version;

    protected Organisation() {}

    void update(
            String name,
            String ura,
            String agb,
            String city,
            String applicationId,
            String serverCertificateId,
            String dossierOid,
            String contactMomentOid) {
        this.dossierOid = blankToNull(dossierOid);
        this.contactMomentOid = blankToNull(contactMomentOid);
        this.name = name;
        this.ura = blankToNull(ura);
        this.agb = blankToNull(agb);
        this.city = city;
        this.applicationId = blankToNull(applicationId);
        this.serverCertificateId = blankToNull(serverCertificateId);
    }

    /**
     * The register the organisation reports to and what it needs.
     *
     * @param registry the code of one of the registers ({@link RegisterOptions})
     * @param language nl or fr: the language of the pages and messages
     */
    void updateRegistry(String registry, String language, String ehealthId, String softwareId) {
        this.registry = registry;
        this.language = language;
        this.ehealthId = blankToNull(ehealthId);
        this.softwareId = blankToNull(softwareId);
    }

    /** How long an approved message waits before it leaves (see {@link SendWindow}). */
    void updateSendWindow(SendWindow window) {
        this.sendWindowMinutes = window.minutes();
    }

    public SendWindow getSendWindow() {
        return new SendWindow(sendWindowMinutes);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() {
        return name;
    }

    public String getUra() {
        return ura;
    }

    public String getAgb() {
        return agb;
    }

    public String getCity() {
        return city;
    }

    public String getApplicationId() {
        return applicationId;
    }

    /** The OID under which the organisation issues dossier numbers (root of the dossier id in messages). */
    public String getDossierOid() {
        return dossierOid;
    }

    /** The OID under which the organisation issues contact-moment ids (root of the encounter id in messages). */
    public String getContactMomentOid() {
        return contactMomentOid;
    }

    public String getServerCertificateId() {
        return serverCertificateId;
    }

    /** The code of the register the organisation reports to (one of {@link RegisterOptions}). */
    public String getRegistry() {
        return registry;
    }

    /** nl or fr. */
    public String getLanguage() {
        return language;
    }

    /** The NIHII or KBO number of the organisation's eHealth certificate (Belgian registers). */
    public String getEhealthId() {
        return ehealthId;
    }

    /** The Vaccinnet software id (pakket / SoftwareId), at most 50 characters. */
    public String getSoftwareId() {
        return softwareId;
    }
}
