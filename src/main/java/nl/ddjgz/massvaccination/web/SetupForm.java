package nl.ddjgz.massvaccination.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.ddjgz.massvaccination.SessionMode;
import org.springframework.format.annotation.DateTimeFormat;

/** The session set-up form: up to three vaccine types of the day, each with its batch (typed, picked or scanned). */
record SetupForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotNull Long locationId,
        @NotNull SessionMode mode,
        String vaccineType1,
        String batch1,
        String vaccineType2,
        String batch2,
        String vaccineType3,
        String batch3,
        Boolean confirmOther,
        Boolean confirmExpiryChecked,
        Boolean confirmOutsideListValidity) {

    boolean otherConfirmed() {
        return Boolean.TRUE.equals(confirmOther);
    }

    boolean outsideListValidityConfirmed() {
        return Boolean.TRUE.equals(confirmOutsideListValidity);
    }

    boolean expiryCheckedConfirmed() {
        return Boolean.TRUE.equals(confirmExpiryChecked);
    }

    static SetupForm empty(LocalDate today) {
        return new SetupForm(today, null, SessionMode.BEFOREHAND, "09", "", "", "", "", "", false, false, false);
    }
}
