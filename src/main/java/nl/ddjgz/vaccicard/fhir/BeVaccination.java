package nl.ddjgz.vaccicard.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.ddjgz.shared.Insz;

/**
 * One vaccination as Vaccicard should receive it: the input of {@link BeVaccinations#toImmunization(BeVaccination)}.
 *
 * <p>Only the business identifier, the patient and the status are required here; everything else the profile demands
 * is checked on the built resource by {@link BeVaccinationRules}, so that one place names what is missing.
 *
 * @param identifierSystem our namespace for business identifiers (a URI), used with {@link #identifierValue} for the
 *     conditional create ({@code If-None-Exist: identifier=system|value})
 * @param identifierValue our own id of this vaccination, stable over re-sends
 * @param patient the child's INSZ; {@link #toString()} never prints it
 * @param occurrence the day of administration (or of the decision not to vaccinate)
 * @param recorded when it was recorded in our dossier
 * @param recorder who recorded it (the core {@code be-ext-recorder}); a practitioner or an organisation
 * @param performer who vaccinated (at most one); a practitioner, organisation or role; may be {@code null}
 * @param snomedCode SNOMED CT code from the Belgian vaccine value set; {@code null} or {@code "other"} for a vaccine
 *     outside it, which then needs {@link #vaccineText}
 * @param snomedDisplay display of the SNOMED CT code; may be {@code null}
 * @param vaccineText free text of the vaccine; required for "other" and for the unspecified vaccine 787859002
 * @param cnk CNK code (7 digits) of the pack given; may be {@code null}
 * @param productName name of the pack; may be {@code null}
 * @param lot lot (batch) number; sent in the administeredProduct extension, never in {@code Immunization.lotNumber}
 * @param route how it was given; may be {@code null}
 * @param site where it was given; may be {@code null}
 * @param status completed or not done
 * @param statusReason why it was not done; optional (the profile does not require it)
 */
public record BeVaccination(
        String identifierSystem,
        String identifierValue,
        Insz patient,
        LocalDate occurrence,
        Instant recorded,
        BeActor recorder,
        BeActor performer,
        String snomedCode,
        String snomedDisplay,
        String vaccineText,
        String cnk,
        String productName,
        String lot,
        Route route,
        Site site,
        Status status,
        StatusReason statusReason) {

    /** What happened; entered-in-error is not an input but a correction ({@link BeVaccinations#enteredInError}). */
    public enum Status {
        COMPLETED,
        NOT_DONE
    }

    public BeVaccination {
        Objects.requireNonNull(identifierSystem, "identifierSystem");
        Objects.requireNonNull(identifierValue, "identifierValue");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(status, "status");
    }

    /** True when the vaccine is outside the Belgian value set and goes as "other" with a text. */
    public boolean isOtherVaccine() {
        return snomedCode == null || snomedCode.isBlank() || BeVaccinationProfile.OTHER_VACCINE_CODE.equals(snomedCode);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.identifierSystem = identifierSystem;
        b.identifierValue = identifierValue;
        b.patient = patient;
        b.occurrence = occurrence;
        b.recorded = recorded;
        b.recorder = recorder;
        b.performer = performer;
        b.snomedCode = snomedCode;
        b.snomedDisplay = snomedDisplay;
        b.vaccineText = vaccineText;
        b.cnk = cnk;
        b.productName = productName;
        b.lot = lot;
        b.route = route;
        b.site = site;
        b.status = status;
        b.statusReason = statusReason;
        return b;
    }

    /** Never prints the INSZ. */
    @Override
    public String toString() {
        return "BeVaccination[identifier=" + identifierSystem + "|" + identifierValue + ", patient=***, occurrence="
                + occurrence + ", recorded=" + recorded + ", recorder=" + recorder + ", performer=" + performer
                + ", snomedCode=" + snomedCode + ", vaccineText=" + vaccineText + ", cnk=" + cnk + ", lot=" + lot
                + ", route=" + route + ", site=" + site + ", status=" + status + ", statusReason=" + statusReason
                + "]";
    }

    /** Builds a {@link BeVaccination}; the status defaults to {@link Status#COMPLETED}. */
    public static final class Builder {
        private String identifierSystem;
        private String identifierValue;
        private Insz patient;
        private LocalDate occurrence;
        private Instant recorded;
        private BeActor recorder;
        private BeActor performer;
        private String snomedCode;
        private String snomedDisplay;
        private String vaccineText;
        private String cnk;
        private String productName;
        private String lot;
        private Route route;
        private Site site;
        private Status status = Status.COMPLETED;
        private StatusReason statusReason;

        private Builder() {}

        public Builder identifier(String system, String value) {
            this.identifierSystem = system;
            this.identifierValue = value;
            return this;
        }

        public Builder patient(Insz patient) {
            this.patient = patient;
            return this;
        }

        public Builder occurrence(LocalDate occurrence) {
            this.occurrence = occurrence;
            return this;
        }

        public Builder recorded(Instant recorded) {
            this.recorded = recorded;
            return this;
        }

        public Builder recorder(BeActor recorder) {
            this.recorder = recorder;
            return this;
        }

        /** The recorder: a professional by NIHII ({@code null} for none). */
        public Builder recorderNihii(String nihii) {
            this.recorder = nihii == null ? null : BeActor.practitioner(nihii, null);
            return this;
        }

        public Builder performer(BeActor performer) {
            this.performer = performer;
            return this;
        }

        /** The performer: a professional by NIHII ({@code null} for none). */
        public Builder performerNihii(String nihii) {
            this.performer = nihii == null ? null : BeActor.practitioner(nihii, null);
            return this;
        }

        /** A vaccine of the Belgian value set, by its SNOMED CT code. */
        public Builder vaccine(String snomedCode, String snomedDisplay) {
            this.snomedCode = snomedCode;
            this.snomedDisplay = snomedDisplay;
            return this;
        }

        /** A vaccine outside the Belgian value set: sent as "other" with this text. */
        public Builder otherVaccine(String text) {
            this.snomedCode = null;
            this.snomedDisplay = null;
            this.vaccineText = text;
            return this;
        }

        public Builder vaccineText(String vaccineText) {
            this.vaccineText = vaccineText;
            return this;
        }

        public Builder product(String cnk, String productName) {
            this.cnk = cnk;
            this.productName = productName;
            return this;
        }

        public Builder lot(String lot) {
            this.lot = lot;
            return this;
        }

        public Builder route(Route route) {
            this.route = route;
            return this;
        }

        public Builder site(Site site) {
            this.site = site;
            return this;
        }

        public Builder completed() {
            this.status = Status.COMPLETED;
            this.statusReason = null;
            return this;
        }

        /** Not done, with a reason or without one ({@code null}). */
        public Builder notDone(StatusReason reason) {
            this.status = Status.NOT_DONE;
            this.statusReason = reason;
            return this;
        }

        public Builder status(Status status, StatusReason statusReason) {
            this.status = status;
            this.statusReason = statusReason;
            return this;
        }

        public BeVaccination build() {
            return new BeVaccination(
                    identifierSystem,
                    identifierValue,
                    patient,
                    occurrence,
                    recorded,
                    recorder,
                    performer,
                    snomedCode,
                    snomedDisplay,
                    vaccineText,
                    cnk,
                    productName,
                    lot,
                    route,
                    site,
                    status,
                    statusReason);
        }
    }
}
