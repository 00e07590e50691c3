package nl.ddjgz.registry;

/** The message has left (or is leaving) for the register: the dossier can no longer change it. */
public class AlreadySentException extends RuntimeException {
    public AlreadySentException() {
        super("message already sent");
    }
}
