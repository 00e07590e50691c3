package nl.ddjgz.batch;

/** Where a batch list came from. */
public enum BatchSource {
    /** Pushed by the register (PRMM_IN010043NL over SOAP). */
    REGISTER,
    /** Uploaded by an administrator (the same XML file). */
    UPLOAD,
    /** Demo data of the default run. */
    DEMO
}
