package nl.ddjgz.vaccicard.fhir;

/** The canonical URLs and naming systems of the Belgian BeVaccination profile that our resources use. */
public final class BeVaccinationProfile {

    /** {@code Immunization.meta.profile}. */
    public static final String PROFILE =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/be-vaccination";

    /** Who recorded the vaccination (a logical reference by NIHII). */
    public static final String EXT_RECORDER =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/be-ext-recorder";

    /** The product given: sub-extensions {@link #SUB_CODED} (CNK) and {@link #SUB_LOT_NUMBER}. */
    public static final String EXT_ADMINISTERED_PRODUCT =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/StructureDefinition/be-ext-administeredProduct";

    public static final String SUB_CODED = "coded";
    public static final String SUB_LOT_NUMBER = "lotNumber";

    /** INSZ / SSIN of a person. */
    public static final String NS_SSIN = "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/ssin";

    /** NIHII / RIZIV number of a professional. */
    public static final String NS_NIHDI = "https://www.ehealth.fgov.be/standards/fhir/core/NamingSystem/nihdi";

    /** CNK code of a medicinal product pack. */
    public static final String NS_CNK =
            "https://www.ehealth.fgov.be/standards/fhir/medication/NamingSystem/be-ns-cnk-codes";

    public static final String SNOMED = "http://snomed.info/sct";

    /** The Belgian vaccine code system; its code {@code other} needs {@code vaccineCode.text}. */
    public static final String CS_VACCINE_CODE =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/CodeSystem/be-cs-vaccine-code";

    public static final String OTHER_VACCINE_CODE = "other";

    /** The Belgian administration routes (IM, SC, ...). */
    public static final String CS_ROUTE =
            "https://www.ehealth.fgov.be/standards/fhir/vaccination/CodeSystem/be-cs-vaccination-administration-route";

    /** HL7 v3 ActReason: why a vaccination was not done (PATOBJ, MEDPREC, ...). */
    public static final String CS_ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";

    private BeVaccinationProfile() {}
}
