/**
 * The messages of Vaccinnet's two web services in SOAP 1.1 envelopes, written and read by {@link
 * nl.ddjgz.vaccinnet.ws.BatchUploadXml} (asynchronous upload of one KMEHR message for up to 500 persons, and the
 * result per patient and transaction) and {@link nl.ddjgz.vaccinnet.ws.RegistratieXml} (synchronous add, remove and
 * get for one patient). The schemas ({@code xsd/vaccinnet/batchupload.xsd}, {@code xsd/vaccinnet/registratie.xsd}) are
 * our own reading of the public description, in our own namespaces; they must be aligned with the registry's
 * cookbooks. KMEHR messages travel base64-encoded. The JAXB classes generated from them ({@code ws.*.v1}) are internal.
 */
package nl.ddjgz.vaccinnet.ws;
