package nl.ddjgz.organisation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.ddjgz.organisation.Organisation;
import nl.ddjgz.organisation.SendWindow;

/** How many minutes an approved message waits before it leaves (0: at once), as the administrator edits it. */
record SendWindowForm(
        @NotNull(message = "{organisation.sendWindow.range}")
        @Min(value = 0, message = "{organisation.sendWindow.range}")
        @Max(value = SendWindow.MAX_MINUTES, message = "{organisation.sendWindow.range}")
        Integer sendWindowMinutes) {

    static SendWindowForm of(Organisation o) {
        return new SendWindowForm(o.getSendWindow().minutes());
    }
}
