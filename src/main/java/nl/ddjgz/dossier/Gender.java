package nl.ddjgz.dossier;

/** Gender as in the BRP (W0023): male, female, unknown (sent as nullFlavor UNK). */
public enum Gender {
    M,
    F,
    UN
}
