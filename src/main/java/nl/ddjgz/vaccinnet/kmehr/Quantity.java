package nl.ddjgz.vaccinnet.kmehr;

import java.math.BigDecimal;

/** The quantity administered: a positive decimal and its unit (CD-UNIT code, e.g. "ml"). */
public record Quantity(BigDecimal value, String unit) {}
