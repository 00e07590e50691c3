package nl.ddjgz.schedule;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A vaccine type: a W0422 code (code system 2.16.840.1.113883.2.4.4.40.76), or none for newer types. */
@Entity
@Table(name = "vaccine_type")
public class VaccineType {

    public static final String CODE_SYSTEM = "2.16.840.1.113883.2.4.4.40.76";

    @Id
    private String code;

    private String w0422Code;
    private String name;
    private boolean active;

    protected VaccineType() {}

    public String getCode() {
        return code;
    }

    /** The W0422 code, or null when the type has none (sent as nullFlavor OTH with the name). */
    public String getW0422Code() {
        return w0422Code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
