package nl.ddjgz.batch;

/**
 * What {@link PackScanReader#read(String)} makes of a scan: either the {@link PackScan} or a {@link PackScanRefusal}
 * saying why not. A refusal is an ordinary value, never an exception, so a form can show it next to the field.
 */
public sealed interface PackScanResult permits PackScan, PackScanRefusal {}
