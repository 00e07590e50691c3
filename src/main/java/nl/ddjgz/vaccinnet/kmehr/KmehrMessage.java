package nl.ddjgz.vaccinnet.kmehr;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A KMEHR message for Vaccinnet: its id (ID-KMEHR: the sender's NIHII, a dot and a time stamp, see {@link
 * Kmehr#messageId}), when it was made (written to the second), the sender, and one folder per patient (1 to {@value
 * Kmehr#MAX_FOLDERS}). The recipient is always VAZG.
 */
public record KmehrMessage(String id, Instant created, Party sender, List<Folder> folders) {

    public KmehrMessage {
        folders = folders == null ? List.of() : List.copyOf(folders);
    }

    /** A message whose id is made from the sender's NIHII and {@code created} in Belgian time. */
    public static KmehrMessage of(Party sender, Instant created, List<Folder> folders) {
        return of(sender, created, folders, Kmehr.BRUSSELS);
    }

    /** A message whose id is made from the sender's NIHII and {@code created} in {@code zone}. */
    public static KmehrMessage of(Party sender, Instant created, List<Folder> folders, ZoneId zone) {
        return new KmehrMessage(Kmehr.messageId(sender.nihii(), created, zone), created, sender, folders);
    }
}
