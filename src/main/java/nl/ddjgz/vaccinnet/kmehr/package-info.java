/**
 * KMEHR vaccination messages for Vaccinnet: plain records ({@link nl.ddjgz.vaccinnet.kmehr.KmehrMessage} with its
 * folders, patients, transactions and items), the writer ({@link nl.ddjgz.vaccinnet.kmehr.KmehrWriter}) and the reader
 * ({@link nl.ddjgz.vaccinnet.kmehr.KmehrReader}). Both check our own schema ({@code xsd/kmehr/kmehr-vaccination.xsd},
 * namespace {@value nl.ddjgz.vaccinnet.kmehr.Kmehr#NAMESPACE}) and the registry's rules a schema cannot say; a message
 * that fails raises {@link nl.ddjgz.vaccinnet.kmehr.InvalidKmehrException} with a stable code and the element path per
 * violation, never message content such as the INSZ. The JAXB classes generated from the schema ({@code kmehr.v1})
 * are internal.
 */
package nl.ddjgz.vaccinnet.kmehr;
