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

    @Version
    private long version;

    protected Organisation() {}

    void update(String name, String ura, String agb, String city, String applicationId, String serverCertificateId) {
        this.name = name;
        this.ura = blankToNull(ura);
        this.agb = blankToNull(agb);
        this.city = city;
        this.applicationId = blankToNull(applicationId);
        this.serverCertificateId = blankToNull(serverCertificateId);
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

    public String getServerCertificateId() {
        return serverCertificateId;
    }
}
