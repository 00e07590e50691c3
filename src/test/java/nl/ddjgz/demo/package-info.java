/**
 * Demo data for the default run on the embedded database: demo logins, two locations and a few hundred fictitious
 * children of all RVP ages. Never loaded when an external database is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package nl.ddjgz.demo;
