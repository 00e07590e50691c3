package nl.ddjgz.massvaccination;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The set of children a professional reviewed before approving a session, as one short value the review page sends
 * back with the approval: the SHA-256 of the sorted scan ids. Equal exactly when the same children are in the session,
 * whatever their order; one child added and another taken out changes it (a count would not).
 */
public final class ReviewedChildren {

    private ReviewedChildren() {}

    public static String fingerprint(Collection<UUID> scanIds) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (UUID id : new TreeSet<>(scanIds)) {
            sha256.update(id.toString().getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
