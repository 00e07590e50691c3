package nl.ddjgz.praeventis.hl7;

/** Object identifiers and fixed codes of the messages with Praeventis (praeventis-messages.md §1, §2, §5, §7). */
public final class Oids {

    /** Root of {@code interactionId}. */
    public static final String INTERACTION = "2.16.840.1.113883.1.6";

    /** Root of {@code profileId}; the extension is {@value #PROFILE_EXTENSION}. */
    public static final String PROFILE = "2.16.840.1.113883.2.4.3.11.1";

    public static final String PROFILE_EXTENSION = "810";

    public static final String VERSION_CODE = "NICTIZEd2005-Okt";

    /** Application id of a sending or receiving system ({@code sender/device/id}, {@code receiver/device/id}). */
    public static final String APPLICATION_ID = "2.16.840.1.113883.2.4.6.6";

    /** UZI server certificate number of the sending system. */
    public static final String UZI_SERVER_CERTIFICATE = "2.16.528.1.1007.3.2";

    /** URA number of an organisation. */
    public static final String URA = "2.16.528.1.1007.3.3";

    /** Burgerservicenummer. */
    public static final String BSN = "2.16.840.1.113883.2.4.6.3";

    public static final String SNOMED_CT = "2.16.840.1.113883.6.96";

    /** W0422 vaccine type. */
    public static final String VACCINE_TYPE = "2.16.840.1.113883.2.4.4.40.76";

    /** Template of the product list (PRMM_IN010043NL payload). */
    public static final String PRODUCT_LIST_TEMPLATE = "2.16.840.1.113883.2.4.6.10.100.140";

    /** The code of the product list: 373873005 in SNOMED CT. */
    public static final String PRODUCT_LIST_CODE = "373873005";

    private Oids() {}
}
