package nl.ddjgz.vaccinnet.kmehr;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Constants of the KMEHR subset we write: namespace, code tables and their versions, limits. */
public final class Kmehr {

    /** The KMEHR namespace. */
    public static final String NAMESPACE = "http://www.ehealth.fgov.be/standards/kmehr/schema/v1";

    /** Where our schema is on the classpath. */
    public static final String SCHEMA_LOCATION = "xsd/kmehr/";

    /** Our schema of the subset. */
    public static final String SCHEMA_FILE = "kmehr-vaccination.xsd";

    /** The KMEHR standard version in the header (CD-STANDARD); align with the cookbook. */
    public static final String STANDARD = "20161201";

    /** The version (SV) written on every cd and id. */
    public static final String SV = "1.0";

    /** The recipient of every message: the Flemish agency (VAZG), an orgpublichealth without id. */
    public static final String RECIPIENT_NAME = "VAZG";

    /** The indication (CD-VACCINEINDICATION) for which a lot number is mandatory. */
    public static final String COVID19 = "covid19";

    /** At most this many persons (folders) per message: the registry's limit for one BatchUpload request. */
    public static final int MAX_FOLDERS = 500;

    /** Belgian time: header and transaction dates and times are local to it. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private Kmehr() {}

    /**
     * The message id (ID-KMEHR of the header): the sender's NIHII, a dot and the creation time {@code
     * yyyyMMddHHmmssSSS} in {@code zone}.
     */
    public static String messageId(String senderNihii, Instant created, ZoneId zone) {
        return senderNihii + "." + STAMP.format(created.atZone(zone));
    }
}
