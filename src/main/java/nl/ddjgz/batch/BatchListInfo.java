package nl.ddjgz.batch;

import java.time.Instant;
import java.time.LocalDateTime;

/** A received batch list: when, from where, its validity window and size. */
public record BatchListInfo(
        long id,
        Instant receivedAt,
        BatchSource source,
        String receivedBy,
        String messageId,
        LocalDateTime validFrom,
        LocalDateTime validTo,
        int entryCount) {}
