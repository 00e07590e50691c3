package nl.ddjgz.vaccicard.fhir;

import java.util.Arrays;
import java.util.Optional;

/**
 * The SNOMED CT vaccine codes of the Belgian value set that a child vaccination service gives. Anything else is sent
 * as the Belgian code {@code other} with a text ({@link BeVaccinationProfile#OTHER_VACCINE_CODE}).
 */
public enum BeVaccineCode {
    HEXAVALENT("871895005", "Hexavalent vaccine (DTaP-IPV-Hib-HepB)"),
    DTAP_IPV("871878002", "DTaP-IPV vaccine"),
    MMR("871831003", "Measles, mumps and rubella vaccine"),
    MENACWY("871873006", "Meningococcal ACWY vaccine"),
    PNEUMOCOCCAL("981000221107", "Pneumococcal conjugate vaccine"),
    ROTAVIRUS("871761004", "Rotavirus vaccine"),
    HPV("911000221103", "Human papillomavirus vaccine"),
    HEPATITIS_B("871822003", "Hepatitis B vaccine"),
    RSV("51311000087100", "Respiratory syncytial virus vaccine");

    private final String snomedCode;
    private final String label;

    BeVaccineCode(String snomedCode, String label) {
        this.snomedCode = snomedCode;
        this.label = label;
    }

    public String snomedCode() {
        return snomedCode;
    }

    /** Our own English label (not the SNOMED CT preferred term). */
    public String label() {
        return label;
    }

    public static Optional<BeVaccineCode> bySnomedCode(String code) {
        return Arrays.stream(values()).filter(v -> v.snomedCode.equals(code)).findFirst();
    }
}
