package nl.ddjgz.vaccination;

/** What a principled objection covers. */
public enum ObjectionScope {
    /** Only today's vaccination. */
    TODAY,
    /** The whole programme: recorded on the dossier and shown at every later contact moment. */
    PROGRAMME
}
