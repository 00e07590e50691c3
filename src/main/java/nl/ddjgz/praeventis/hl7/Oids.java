package nl.ddjgz.praeventis.hl7;

/** Object identifiers and fixed codes of the messages with Praeventis (praeventis-messages.md §1 to §5, §7). */
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

    /** The code system of keyWordText PATID in the attention line. */
    public static final String ATTENTION_LINE_KEYWORD = "2.16.840.1.113883.2.4.15.1";

    /** The keyWordText code of an attention line that names the patient. */
    public static final String PATIENT_ID_KEYWORD = "PATID";

    /** AGB code of an organisation (the alternative to URA for a JGZ organisation). */
    public static final String AGB = "2.16.840.1.113883.2.4.6.1";

    /** HL7 ActCode: CPHC, IMMUNIZ. */
    public static final String ACT_CODE = "2.16.840.1.113883.5.4";

    /** HL7 AdministrativeGender: M, F, UN (W0023). */
    public static final String ADMINISTRATIVE_GENDER = "2.16.840.1.113883.5.1";

    /** LOINC: the planned dates of a vaccination (30981-5 earliest, 30980-7 target). */
    public static final String LOINC = "2.16.840.1.113883.6.1";

    /** LOINC code of the earliest date a planned vaccination may be given. */
    public static final String EARLIEST_DATE = "30981-5";

    /** LOINC code of the date a planned vaccination should be given by. */
    public static final String TARGET_DATE = "30980-7";

    /** The JGZ data elements (BDS): 683 objection, 1584 DKTP schedule, 1589 rejected by RIVM. */
    public static final String BDS_ELEMENT = "2.16.840.1.113883.2.4.4.40.267";

    public static final String BDS_OBJECTION = "683";

    public static final String BDS_DKTP_SCHEDULE = "1584";

    public static final String BDS_REJECTED = "1589";

    /** W0188 activity (kind of contact moment). */
    public static final String ACTIVITY = "2.16.840.1.113883.2.4.4.40.308";

    /** W0323 objection reason: 1 medical, 2 principled. */
    public static final String OBJECTION_REASON = "2.16.840.1.113883.2.4.4.40.394";

    /** W0681 DKTP schedule: 01 "2+1 schema", 02 "3+1 schema". */
    public static final String DKTP_SCHEDULE = "2.16.840.1.113883.2.4.4.40.426";

    /** Templates (2.16.840.1.113883.2.4.6.10.100.n). */
    public static final String PATIENT_TEMPLATE = "2.16.840.1.113883.2.4.6.10.100.102";

    public static final String VACCINATION_TEMPLATE = "2.16.840.1.113883.2.4.6.10.100.117";

    public static final String JGZ_ORGANISATION_TEMPLATE = "2.16.840.1.113883.2.4.6.10.100.122";

    public static final String VACCINATION_STATUS_ENTRY_TEMPLATE = "2.16.840.1.113883.2.4.6.10.100.123";

    public static final String VACCINATING_ORGANISATION_TEMPLATE = "2.16.840.1.113883.2.4.6.10.100.124";

    public static final String VACCINATION_PERFORMER_TEMPLATE = "2.16.840.1.113883.2.4.6.10.100.125";

    public static final String VACCINATIONS_TEMPLATE = "2.16.840.1.113883.2.4.6.10.100.180";

    public static final String STATUS_QUERY_TEMPLATE = "2.16.840.1.113883.2.4.6.10.100.181";

    public static final String STATUS_LIST_TEMPLATE = "2.16.840.1.113883.2.4.6.10.100.182";

    public static final String DKTP_SCHEDULE_TEMPLATE = "2.16.840.1.113883.2.4.6.10.100.41584";

    private Oids() {}
}
