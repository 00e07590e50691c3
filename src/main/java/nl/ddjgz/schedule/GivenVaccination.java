package nl.ddjgz.schedule;

import java.time.LocalDate;

/** A vaccination the child already had: its vaccine type code and date. */
public record GivenVaccination(String vaccineTypeCode, LocalDate date) {}
