package nl.ddjgz.batch;

import java.time.LocalDateTime;
import java.util.List;

/** A batch list as it arrived (already checked against the schema), ready to replace the current one. */
public record ReceivedBatchList(
        String messageId, LocalDateTime validFrom, LocalDateTime validTo, List<BatchEntry> entries) {}
