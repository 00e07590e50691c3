package nl.ddjgz.vaccicard.fhir;

/**
 * The canonical URLs and naming systems of the Belgian BeVaccination profile that we follow: {@code
 * hl7.fhir.be.vaccination} version {@value #VERSION} (hl7-be/vaccination, FHIR R4), with the core extension
 * {@code be-ext-recorder} of {@code hl7.fhir.be.core}.
 */
public final class BeVaccinationProfile {

    /** The version of the implementation guide whose rules {@link BeVaccinationRules} encodes. */
    public static final String VERSION = "1.1.2";

    /** {@code Immunization.meta.profile}. */
    public static final String PROFILE =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/be-vaccination";

    /** Who recorded the vaccination: the core extension (1..1), a Patient, Practitioner or Organization. */
    public static final String EXT_RECORDER =
            "https://www.ehealth.fgov.be/standards/fhir/core/StructureDefinition/be-ext-recorder";

    /** The product given: sub-extensions reference, {@link #SUB_CODED}, {@link #SUB_LOT_NUMBER}, expirationDate. */
    public static final String EXT_ADMINISTERED_PRODUCT =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/be-ext-administeredProduct";

    public static final String SUB_REFERENCE = "reference";
    public static final String SUB_CODED = "coded";
    public static final String SUB_LOT_NUMBER = "lotNumber";
    public static final String SUB_EXPIRATION_DATE = "expirationDate";

    /** The plan, proposal or order the vaccination fulfils (0..1). */
    public static final String EXT_ORIGINAL_ORDER =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/be-ext-vaccination-originalorder";

    /** How certain the information is (0..1, a code of {@link BeValueSet#CONFIRMATION_STATUS}). */
    public static final String EXT_CONFIRMATION_STATUS =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/be-ext-vaccination-confirmationStatus";

    /** A note (0..1, an Annotation). */
    public static final String EXT_NOTE =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/be-ext-simple-note";

    /** Where the product came from (0..1, a Location). */
    public static final String EXT_STOCK_LOCATION =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/be-ext-vaccination-stock-location";

    /** Who funded the product (0..1, an Organization). */
    public static final String EXT_STOCK_FUNDING =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/be-ext-vaccination-stock-funding-organization";

    /** INSZ / SSIN of a person. */
    public static final String NS_SSIN = "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin";

    /** NIHII / RIZIV number (11 digits, with the qualification code). */
    public static final String NS_NIHDI = "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/nihdi";

    /** NIHII of a professional without the qualification code (8 digits), as in the official examples. */
    public static final String NS_NIHDI_PROFESSIONAL =
            "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/nihdi-professional";

    /** NIHII of an organisation. */
    public static final String NS_NIHDI_ORGANIZATION =
            "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/nihdi-organization";

    /** Company number (KBO / BCE) of an organisation. */
    public static final String NS_CBE = "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/cbe";

    /** CNK code of a medicinal product pack. */
    public static final String NS_CNK =
            "https://www.ehealth.fgov.be/standards/fhir/medication/NamingSystem/be-ns-cnk-codes";

    /** CTI-extended code of a medicinal product (be-rule-vaccination-2). */
    public static final String NS_CTI_EXTENDED =
            "https://www.ehealth.fgov.be/standards/fhir/medication/NamingSystem/be-ns-cti-extended-code";

    /** WHO ATC (be-rule-vaccination-2). */
    public static final String ATC = "http://whocc.no/atc";

    public static final String SNOMED = "http://snomed.info/sct";

    /** The SNOMED CT Belgian edition, the {@code Coding.version} the profile's codes come from. */
    public static final String SNOMED_BELGIAN_EDITION = "http://snomed.info/sct/11000172109";

    /** The Belgian vaccine code system; its code {@code other} needs {@code vaccineCode.text}. */
    public static final String CS_VACCINE_CODE =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/CodeSystem/be-cs-vaccine-code";

    public static final String OTHER_VACCINE_CODE = "other";

    /** SNOMED CT "vaccine product": an unspecified vaccine, which also needs {@code vaccineCode.text}. */
    public static final String UNSPECIFIED_VACCINE_CODE = "787859002";

    /** The Belgian administration routes (IM, SC, ...). */
    public static final String CS_ROUTE =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/CodeSystem/be-cs-vaccination-administration-route";

    /** HL7 v3 NullFlavor: {@code OTH} is the "other" route. */
    public static final String CS_NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";

    /** HL7 v3 ActReason: why a vaccination was not done (PATOBJ, MEDPREC, IMMUNE, OSTOCK). */
    public static final String CS_ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";

    /** The Belgian status reasons (OTHER, ALLERGY). */
    public static final String CS_STATUS_REASON =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/CodeSystem/be-cs-vaccination-status-reason";

    public static final String CS_CONFIRMATION_STATUS =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/CodeSystem/be-cs-vaccination-confirmation-status";

    private BeVaccinationProfile() {}
}
