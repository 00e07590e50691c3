/**
 * The exchange with Vaccinnet, the Flemish vaccination registry: the KMEHR vaccination messages it takes ({@link
 * nl.ddjgz.vaccinnet.kmehr}, our own schema for the subset we write) and the messages of its two web services,
 * BatchUpload and RegistratieService ({@link nl.ddjgz.vaccinnet.ws}, our own reading of the contracts, to be aligned
 * with the registry's cookbooks). Both are plain, Spring-free XML writers and readers; the adapters and the simulator
 * build on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Vaccinnet exchange")
package nl.ddjgz.vaccinnet;
