package nl.ddjgz.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A place where the organisation vaccinates: a consultation bureau, a school, a session hall. */
@Entity
@Table(name = "location")
public class Location {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    private String city;
    private boolean active;

    @Version
    private long version;

    protected Location() {}

    Location(String code, String name, String city) {
        this.code = code;
        this.name = name;
        this.city = city;
        this.active = true;
    }

    void update(String name, String city, boolean active) {
        this.name = name;
        this.city = city;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public boolean isActive() {
        return active;
    }
}
