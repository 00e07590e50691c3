package nl.ddjgz.vaccinnet.ws;

/** Whether the registry has processed an upload yet (it does so at 9h, 12h and 20h; hourly in test). */
public enum ProcessingStatus {
    PENDING,
    PROCESSED
}
