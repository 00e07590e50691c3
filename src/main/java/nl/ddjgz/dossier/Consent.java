package nl.ddjgz.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Consent to exchange personal data with RIVM (dossier elements 1533-1607). {@code given} is null while nobody has
 * answered; then, as when refused, messages go anonymised.
 */
@Embeddable
public record Consent(
        @Column(name = "consent_given") Boolean given,
        @Column(name = "consent_source") String sourceCode,
        @Column(name = "consent_date") LocalDate date,
        @Column(name = "consent_way") String wayCode,
        @Column(name = "consent_end_date") LocalDate endDate) {

    public static Consent unknown() {
        return new Consent(null, null, null, null, null);
    }

    /** Whether consent is in force on the date: given, and not ended. */
    public boolean isInForceOn(LocalDate day) {
        return Boolean.TRUE.equals(given) && (endDate == null || endDate.isAfter(day));
    }

    public ConsentSource source() {
        return sourceCode == null ? null : ConsentSource.ofCode(sourceCode).orElse(null);
    }

    public ConsentWay way() {
        return wayCode == null ? null : ConsentWay.ofCode(wayCode).orElse(null);
    }
}
