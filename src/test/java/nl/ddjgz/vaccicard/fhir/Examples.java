package nl.ddjgz.vaccicard.fhir;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.ddjgz.shared.Insz;

/** Complete, valid vaccinations for the tests (fictitious numbers with valid check digits). */
final class Examples {

    /** Born 2015-01-05: check digits with the "2" prefix. */
    static final String INSZ = "15010512378";

    static final String RECORDER_NIHII = "10012345678";
    static final String PERFORMER_NIHII = "10087654321";
    static final String CNK = "3210573";
    static final String LOT = "A21CB456";
    static final String ID_SYSTEM = "https://ddjgz.example/fhir/NamingSystem/vaccination";

    static final String HEXAVALENT = "871895005";
    static final String MMR = "871831003";

    /** The value sets of the profile version we follow. */
    static final BeValueSets VALUE_SETS = ShippedValueSets.official();

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC);

    private Examples() {}

    static BeVaccination.Builder hexavalent() {
        return BeVaccination.builder()
                .identifier(ID_SYSTEM, "vac-0001")
                .patient(Insz.of(INSZ))
                .occurrence(LocalDate.of(2026, 3, 9))
                .recorded(Instant.parse("2026-03-09T09:41:12Z"))
                .recorderNihii(RECORDER_NIHII)
                .performerNihii(PERFORMER_NIHII)
                .vaccine(
                        HEXAVALENT,
                        "Diphtheria and Haemophilus influenzae type b and hepatitis B and pertussis and poliomyelitis and tetanus vaccine")
                .product(CNK, "Hexyon susp. inj. 1 x 0,5 ml")
                .lot(LOT)
                .route(Route.IM)
                .site(Site.THIGH);
    }

    static BeVaccination.Builder refused() {
        return hexavalent()
                .identifier(ID_SYSTEM, "vac-0002")
                .vaccine(MMR, "Measles and mumps and rubella vaccine")
                .product(null, null)
                .lot(null)
                .route(null)
                .site(null)
                .notDone(StatusReason.PATOBJ);
    }
}
