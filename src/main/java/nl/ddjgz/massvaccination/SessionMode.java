package nl.ddjgz.massvaccination;

/** When the call cards are scanned: before vaccinating (vooraf, UC3) or afterwards from the collected cards (UC4). */
public enum SessionMode {
    BEFOREHAND,
    AFTERWARDS
}
