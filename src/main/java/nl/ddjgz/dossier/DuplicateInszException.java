package nl.ddjgz.dossier;

/** Another dossier already has this INSZ. The message never contains the number. */
public class DuplicateInszException extends RuntimeException {
    DuplicateInszException() {
        super("a dossier with this INSZ exists");
    }
}
