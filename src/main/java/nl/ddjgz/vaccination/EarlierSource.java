package nl.ddjgz.vaccination;

/** Where the professional found an earlier vaccination. */
public enum EarlierSource {
    /** The dossier transferred from another JGZ organisation. */
    TRANSFER_DOSSIER,
    /** The child's vaccination booklet (e.g. from abroad). */
    BOOKLET,
    /** Praeventis' answer to the status query. */
    PRAEVENTIS
}
