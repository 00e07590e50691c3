package nl.ddjgz.organisation;

import java.util.List;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import nl.ddjgz.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the organisation's data and its locations. */
@Service
public class OrganisationSettings {

    private final OrganisationRepository organisations;
    private final LocationRepository locations;
    private final AuditTrail audit;
    private volatile Cached cache;

    OrganisationSettings(OrganisationRepository organisations, LocationRepository locations, AuditTrail audit) {
        this.organisations = organisations;
        this.locations = locations;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Organisation organisation() {
        return organisations.findById(Organisation.THE_ONE).orElseThrow(() -> new NotFoundException("organisation"));
    }

    @Transactional
    public void update(
            String name,
            String ura,
            String agb,
            String city,
            String applicationId,
            String certificateId,
            String dossierOid,
            String contactMomentOid) {
        organisation()
                .update(
                        name.strip(),
                        ura,
                        agb,
                        city.strip(),
                        applicationId,
                        certificateId,
                        dossierOid,
                        contactMomentOid);
        audit.record(AuditAction.SETTINGS_UPDATE, null, "organisation");
    }

    /** Changes the register the organisation reports to, the users' language and what the register needs. */
    @Transactional
    public void updateRegistry(String registry, String language, String ehealthId, String softwareId) {
        organisation().updateRegistry(registry, language, ehealthId, softwareId);
        cache = null;
        audit.record(AuditAction.SETTINGS_UPDATE, null, "registry " + registry + ", language " + language);
    }

    /** Changes how long an approved message waits before it leaves for the register. */
    @Transactional
    public void updateSendWindow(SendWindow window) {
        organisation().updateSendWindow(window);
        audit.record(AuditAction.SETTINGS_UPDATE, null, "send window " + window.minutes() + " minutes");
    }

    /** How long an approved message waits before it leaves (read from the database: every node agrees at once). */
    @Transactional(readOnly = true)
    public SendWindow sendWindow() {
        return organisation().getSendWindow();
    }

    /**
     * The language of the pages and messages. Read at most every 30 seconds (another node's change shows within
     * that time; a change on this node at once).
     */
    public java.util.Locale locale() {
        return cached().locale();
    }

    /** The register the organisation reports to (the code of a register adapter's profile), cached like the locale. */
    public String registryCode() {
        return cached().registry();
    }

    private Cached cached() {
        Cached current = cache;
        long now = System.nanoTime();
        if (current == null || now - current.readAt() > 30_000_000_000L) {
            Organisation o = organisation();
            current = new Cached(java.util.Locale.forLanguageTag(o.getLanguage()), o.getRegistry(), now);
            cache = current;
        }
        return current;
    }

    private record Cached(java.util.Locale locale, String registry, long readAt) {}

    @Transactional(readOnly = true)
    public List<Location> locations() {
        return locations.findAllByOrderByNameAsc();
    }

    /** The locations a user can choose today. */
    @Transactional(readOnly = true)
    public List<Location> activeLocations() {
        return locations.findByActiveTrueOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public Location location(long id) {
        return locations.findById(id).orElseThrow(() -> new NotFoundException("location"));
    }

    /**
     * Adds a location.
     *
     * @throws LocationCodeTakenException when the code is in use
     */
    @Transactional
    public Location addLocation(String code, String name, String city) {
        String tidyCode = code.strip();
        if (locations.findByCode(tidyCode).isPresent()) {
            throw new LocationCodeTakenException();
        }
        Location location = locations.save(new Location(tidyCode, name.strip(), city.strip()));
        audit.record(AuditAction.SETTINGS_UPDATE, null, "location " + tidyCode + " added");
        return location;
    }

    @Transactional
    public void updateLocation(long id, String name, String city, boolean active) {
        Location location = location(id);
        location.update(name.strip(), city.strip(), active);
        audit.record(AuditAction.SETTINGS_UPDATE, null, "location " + location.getCode() + " changed");
    }

    /** The location code is already in use. */
    public static class LocationCodeTakenException extends RuntimeException {
        LocationCodeTakenException() {
            super("location code taken");
        }
    }
}
