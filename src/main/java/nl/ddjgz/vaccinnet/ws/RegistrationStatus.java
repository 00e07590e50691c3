package nl.ddjgz.vaccinnet.ws;

/** The status the RegistratieService answers per KMEHR message or removal. */
public enum RegistrationStatus {
    OK,
    ERROR
}
