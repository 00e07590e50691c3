package nl.ddjgz.dossier;

/** Another dossier already has this BSN. */
public class DuplicateBsnException extends RuntimeException {
    DuplicateBsnException() {
        super("a dossier with this BSN exists");
    }
}
