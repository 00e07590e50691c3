package nl.ddjgz.vaccination.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;

/**
 * A Dutch message for one vaccine line after a post (kept over the redirect as a flash attribute, so it must be
 * serializable: sessions live in PostgreSQL).
 *
 * @param lineId the line it belongs to; null for the whole contact moment
 * @param typed what the user typed, to put back in the field
 */
record LineMessage(UUID lineId, String key, Object[] args, boolean error, String typed) implements Serializable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** Dates are shown the Dutch way; message patterns take them as text. */
    LineMessage {
        args = args == null
                ? new Object[0]
                : Arrays.stream(args)
                        .map(a -> a instanceof LocalDate date ? DATE.format(date) : a)
                        .toArray();
    }
}
