package nl.ddjgz.schedule;

import java.time.Period;

/**
 * An age as pages show it: an amount and a unit ({@code years}, {@code months}, {@code weeks}, {@code days}), shown
 * through the message key {@code age.<unit>}.
 */
public record AgeLimit(String unit, int amount) {

    public static AgeLimit of(Period period) {
        if (period.getMonths() == 0 && period.getDays() == 0) {
            return new AgeLimit("years", period.getYears());
        }
        if (period.getDays() == 0) {
            return new AgeLimit("months", (int) period.toTotalMonths());
        }
        if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() % 7 == 0) {
            return new AgeLimit("weeks", period.getDays() / 7);
        }
        return new AgeLimit("days", (int) (period.toTotalMonths() * 30 + period.getDays()));
    }

    /** The message key of the unit. */
    public String key() {
        return "age." + unit;
    }
}
