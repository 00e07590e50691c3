/**
 * The exchange with Vaccinnet, the Flemish vaccination registry: the adapters of the registry port for its two web
 * services — BatchUpload (up to 500 persons per upload, outcome asked for after the registry's processing runs; no
 * retraction) and RegistratieService (one patient per request, answered at once; a correction after acceptance is
 * remove + add) — with their SOAP clients; the KMEHR vaccination messages it takes ({@link nl.ddjgz.vaccinnet.kmehr},
 * our own schema for the subset we write) and the messages of both services ({@link nl.ddjgz.vaccinnet.ws}, our own
 * reading of the contracts, to be aligned with the registry's cookbooks). Both are plain, Spring-free XML writers
 * and readers, internal to the module; the adapters build on them.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Vaccinnet exchange",
        allowedDependencies = {"registry", "shared", "vaccinecodes"})
package nl.ddjgz.vaccinnet;
