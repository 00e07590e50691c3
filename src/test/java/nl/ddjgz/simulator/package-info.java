/**
 * Simulators of the registers for the default run and the tests (the real registers cannot be reached from here), only
 * on the embedded database and never in production. Each is a real HTTP endpoint under {@code /simulator} that checks
 * what it gets with its own register-side reading (never the senders' readers or rules), answers with the register's codes, remembers what it accepted
 * (a re-sent message is not registered twice) and injects faults through its own {@link nl.ddjgz.simulator.Faults}
 * (fail the next requests, slow answers, down for a while, lose the answer after storing, refuse a child).
 *
 * <ul>
 *   <li>This package: Praeventis ({@code /simulator/praeventis}): registrations answered CA, CE or CR, status queries,
 *       the nightly batch-list push. What arrives is read by the register's own reading in
 *       {@link nl.ddjgz.simulator.praeventis} (DOM on the official element names), not by the sender's classes.
 *   <li>{@link nl.ddjgz.simulator.vaccinnet}: Vaccinnet BatchUpload (uploads processed at set runs or on demand) and
 *       RegistratieService, reading KMEHR and the SOAP requests on their own DOM reading.
 *   <li>{@link nl.ddjgz.simulator.vaccicard}: Vaccicard's OAuth2 token endpoint and FHIR {@code Immunization}
 *       endpoint.
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register simulators")
package nl.ddjgz.simulator;
