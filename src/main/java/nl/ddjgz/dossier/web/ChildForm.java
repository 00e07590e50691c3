package nl.ddjgz.dossier.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.ddjgz.dossier.Address;
import nl.ddjgz.dossier.ChildData;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Consent;
import nl.ddjgz.dossier.ConsentSource;
import nl.ddjgz.dossier.ConsentWay;
import nl.ddjgz.dossier.Gender;
import nl.ddjgz.schedule.DktpSchedule;
import nl.ddjgz.shared.Bsn;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.shared.Postcode;
import nl.ddjgz.shared.ValidBsn;
import nl.ddjgz.shared.ValidInsz;
import org.springframework.format.annotation.DateTimeFormat;

/** The child's data as the dossier form posts it. */
record ChildForm(
        @ValidBsn String bsn,
        Boolean noBsn,
        @ValidInsz String insz,
        @NotBlank @Size(max = 200) String givenNames,
        @Size(max = 20) String namePrefix,
        @NotBlank @Size(max = 200) String familyName,

        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate birthDate,

        @NotNull Gender gender,
        @Size(max = 200) String street,
        @Positive Integer houseNumber,
        @Size(max = 10) String houseNumberSuffix,

        @Pattern(regexp = "^$|" + Postcode.PATTERN, message = "{dossier.postcode.invalid}")
        String postcode,

        @Size(max = 80) String city,
        DktpSchedule dktpSchedule,
        Boolean motherHbsagPositive,
        Boolean consentGiven,
        ConsentSource consentSource,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentDate,
        ConsentWay consentWay,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentEndDate,
        Long version) {

    ChildForm {
        noBsn = Boolean.TRUE.equals(noBsn);
        motherHbsagPositive = Boolean.TRUE.equals(motherHbsagPositive);
        postcode = Postcode.tidy(postcode);
        bsn = bsn == null ? null : bsn.strip();
        insz = insz == null ? null : insz.strip();
    }

    static ChildForm empty() {
        return prefilled("", "");
    }

    /** A new child's form with the number searched for (the search page posts it, it never is in a URL). */
    static ChildForm prefilled(String bsn, String insz) {
        return new ChildForm(
                bsn, false, insz, "", "", "", null, null, "", null, "", "", "", null, false, null, null, null, null,
                null, null);
    }

    static ChildForm of(ChildDossier d) {
        Address a = d.getAddress() == null ? Address.none() : d.getAddress();
        Consent c = d.getConsent() == null ? Consent.unknown() : d.getConsent();
        return new ChildForm(
                d.hasBsn() ? d.getBsn().value() : "",
                !d.hasBsn() && !d.hasInsz(),
                d.hasInsz() ? d.getInsz().formatted() : "",
                d.getGivenNames(),
                d.getNamePrefix(),
                d.getFamilyName(),
                d.getBirthDate(),
                d.getGender(),
                a.street(),
                a.houseNumber(),
                a.houseNumberSuffix(),
                a.postcode(),
                a.city(),
                d.getDktpSchedule(),
                d.isMotherHbsagPositive(),
                c.given(),
                c.source(),
                c.date(),
                c.way(),
                c.endDate(),
                d.getVersion());
    }

    boolean hasBsn() {
        return bsn != null && !bsn.isBlank();
    }

    boolean hasInsz() {
        return insz != null && !insz.isBlank();
    }

    /**
     * Whether the child's number is filled in as the organisation's register needs it, or else rejects the form.
     *
     * <p>A Dutch register (Praeventis): a child without BSN must be marked as such on purpose, so an empty field is
     * never an accident; a child with an INSZ (a Belgian child) needs no mark. A Belgian register identifies the child
     * by the INSZ and knows no BSN: no mark is asked, and a child without INSZ may be saved (the dossier page then
     * says "Geen INSZ" and nothing can be sent to the register until it is filled in).
     */
    void checkNumber(boolean belgianRegistry, org.springframework.validation.Errors errors) {
        if (belgianRegistry) {
            return;
        }
        if (!hasBsn() && !hasInsz() && !Boolean.TRUE.equals(noBsn) && !errors.hasFieldErrors("bsn")) {
            errors.rejectValue("bsn", "dossier.bsn.requiredOrFlag");
        }
        if (hasBsn() && Boolean.TRUE.equals(noBsn)) {
            errors.rejectValue("noBsn", "dossier.bsn.flagWithBsn");
        }
    }

    ChildData toData() {
        return new ChildData(
                hasBsn() ? Bsn.of(bsn) : null,
                hasInsz() ? Insz.of(insz) : null,
                givenNames,
                namePrefix,
                familyName,
                birthDate,
                gender,
                new Address(
                        blankToNull(street),
                        houseNumber,
                        blankToNull(houseNumberSuffix),
                        blankToNull(postcode),
                        blankToNull(city)),
                dktpSchedule,
                Boolean.TRUE.equals(motherHbsagPositive),
                consentGiven == null
                        ? Consent.unknown()
                        : new Consent(
                                consentGiven,
                                consentSource == null ? null : consentSource.code(),
                                consentDate,
                                consentWay == null ? null : consentWay.code(),
                                consentEndDate));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
