/**
 * The organisation's own data that the messages to the register need (name, URA/AGB, city, application id, server
 * certificate) and its locations (consultation bureaus, session halls), editable by the administrator.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organisation settings",
        allowedDependencies = {"audit", "shared"})
package nl.ddjgz.organisation;
