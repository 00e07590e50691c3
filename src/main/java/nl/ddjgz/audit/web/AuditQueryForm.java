package nl.ddjgz.audit.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Filter of the audit page: dossier number, user, period (dates inclusive). */
record AuditQueryForm(
        @Positive Long dossierNumber,
        @Size(max = 64) String username,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to,

        @PositiveOrZero Integer page) {}
