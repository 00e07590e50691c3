package nl.ddjgz.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ChildDossierTests {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static void assertRefused(ChildData data, String field, String key) {
        assertThatThrownBy(() -> ChildDossier.open(data, CLOCK))
                .isInstanceOfSatisfying(InvalidChildDataException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void opensADossierForAValidChild() {
        ChildData data = Children.born(TODAY.minusMonths(3));
        ChildDossier dossier = ChildDossier.open(data, CLOCK);
        assertThat(dossier.getId()).isNotNull();
        assertThat(dossier.getBsn()).isEqualTo(data.bsn());
        assertThat(dossier.fullName()).isEqualTo("Emma Sophie de " + data.familyName());
        assertThat(dossier.facts().birthDate()).isEqualTo(TODAY.minusMonths(3));
    }

    @Test
    void aChildWithoutBsnIsFlagged() {
        ChildDossier dossier = ChildDossier.open(Children.withBsn(Children.born(TODAY), null), CLOCK);
        assertThat(dossier.hasBsn()).isFalse();
    }

    @Test
    void refusesABirthDateInTheFuture() {
        assertRefused(Children.born(TODAY.plusDays(1)), "birthDate", "dossier.birthDate.future");
    }

    @Test
    void refusesABirthDateTooLongAgoForYouthHealthCare() {
        assertRefused(Children.born(TODAY.minusYears(19).minusDays(1)), "birthDate", "dossier.birthDate.tooOld");
    }

    @Test
    void refusesAPostcodeInTheWrongForm() {
        ChildData data = Children.withAddress(
                Children.born(TODAY.minusYears(1)), new Address("Kerkstraat", 1, null, "3511AB", "Utrecht"));
        assertRefused(data, "postcode", "dossier.postcode.invalid");
    }

    @Test
    void refusesConsentWithoutWhoOrWhen() {
        ChildData data = Children.born(TODAY.minusYears(1));
        assertRefused(
                Children.withConsent(data, new Consent(true, null, TODAY, "01", null)),
                "consentSource",
                "dossier.consent.source.required");
        assertRefused(
                Children.withConsent(data, new Consent(false, "03", null, "01", null)),
                "consentDate",
                "dossier.consent.date.required");
        assertRefused(
                Children.withConsent(data, new Consent(true, "03", TODAY.plusDays(1), "01", null)),
                "consentDate",
                "dossier.consent.date.range");
        assertRefused(
                Children.withConsent(data, new Consent(true, "03", TODAY, "01", TODAY.minusDays(1))),
                "consentEndDate",
                "dossier.consent.endDate.beforeStart");
    }

    @Test
    void refusesAnEmptyName() {
        assertRefused(Children.withFamilyName(Children.born(TODAY), "  "), "familyName", "dossier.familyName.required");
    }

    @Test
    void consentIsInForceWhenGivenAndNotEnded() {
        assertThat(new Consent(true, "03", TODAY.minusYears(1), "01", null).isInForceOn(TODAY))
                .isTrue();
        assertThat(new Consent(true, "03", TODAY.minusYears(1), "01", TODAY).isInForceOn(TODAY))
                .isFalse();
        assertThat(new Consent(false, "03", TODAY.minusYears(1), "01", null).isInForceOn(TODAY))
                .isFalse();
        assertThat(Consent.unknown().isInForceOn(TODAY)).isFalse();
    }

    @Test
    void whoseConsentIsNeededDependsOnAge() {
        assertThat(ConsentAuthority.at(TODAY.minusYears(12).plusDays(1), TODAY)).isEqualTo(ConsentAuthority.PARENTS);
        assertThat(ConsentAuthority.at(TODAY.minusYears(12), TODAY)).isEqualTo(ConsentAuthority.PARENTS_AND_CHILD);
        assertThat(ConsentAuthority.at(TODAY.minusYears(16).plusDays(1), TODAY))
                .isEqualTo(ConsentAuthority.PARENTS_AND_CHILD);
        assertThat(ConsentAuthority.at(TODAY.minusYears(16), TODAY)).isEqualTo(ConsentAuthority.CHILD);
    }
}
