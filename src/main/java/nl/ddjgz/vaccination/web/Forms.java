package nl.ddjgz.vaccination.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.ddjgz.schedule.ContactActivity;
import nl.ddjgz.vaccination.ObjectionReason;
import nl.ddjgz.vaccination.ObjectionScope;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the contact-moment pages (records bound from posted fields). */
final class Forms {

    private Forms() {}

    /**
     * Start a contact moment: the activity, the date (today by default) and the location; {@code confirmAge} when the
     * professional confirms an activity that does not fit the child's age.
     */
    record StartForm(
            @NotNull ContactActivity activity,

            @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date,

            Long locationId,
            Boolean confirmAge) {

        /** The professional confirmed an activity that does not fit the child's age. */
        boolean ageConfirmed() {
            return Boolean.TRUE.equals(confirmAge);
        }
    }

    /** A batch number typed, picked or scanned for a line, with the user's confirmations. */
    record BatchForm(
            @Size(max = 200) String batchNumber,
            Boolean confirmOther,
            Boolean confirmExpiryChecked,
            Boolean confirmOutsideListValidity) {

        /** The user confirmed an "overig" number on a date the register's list is not valid for. */
        boolean outsideListValidityConfirmed() {
            return Boolean.TRUE.equals(confirmOutsideListValidity);
        }

        boolean other() {
            return Boolean.TRUE.equals(confirmOther);
        }

        boolean expiryChecked() {
            return Boolean.TRUE.equals(confirmExpiryChecked);
        }
    }

    /** An objection instead of a vaccination. */
    record ObjectionForm(ObjectionReason reason, ObjectionScope scope, Boolean adviserConsulted) {

        boolean consulted() {
            return Boolean.TRUE.equals(adviserConsulted);
        }
    }

    /** A postponement (never an objection). */
    record PostponementForm(@Size(max = 200) String reason) {}

    /** A vaccine type added by hand. */
    record VaccineTypeForm(@NotBlank String vaccineType) {}

    /** The approval carries the version the confirmation page showed. */
    record ApproveForm(@NotNull Long version) {}

    /** Who vaccinated, and where (when known). */
    record VaccinatorForm(@Size(max = 100) String vaccinator, nl.ddjgz.vaccination.InjectionSite injectionSite) {}

    /** Why a registration is withdrawn. */
    record WithdrawForm(@Size(max = 200) String reason) {}

    /** A correction request after dispatch. */
    record CorrectionRequestForm(
            @NotBlank @Size(max = 1000) String whatIsWrong,
            Boolean rivmCalled,
            @NotBlank @Size(max = 1000) String agreement,
            @NotBlank @Size(max = 200) String rivmContact,

            @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate agreedOn) {}

    /** The recall: every child who received a batch. */
    record RecallForm(@NotBlank @Size(max = 40) String batchNumber) {}
}
