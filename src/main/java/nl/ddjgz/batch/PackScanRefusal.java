package nl.ddjgz.batch;

import java.util.Objects;

/** Why a scan could not be read as a vaccine pack. Nothing of the scan is kept, so nothing half-read is used. */
public record PackScanRefusal(Reason reason) implements PackScanResult {

    public PackScanRefusal {
        Objects.requireNonNull(reason, "reason");
    }

    /** The reasons, each one a thing the user or the administrator can act on. */
    public enum Reason {
        /** Nothing was typed (or only Enter). */
        EMPTY,
        /** Not a GS1 element string: an AIM identifier other than ]d2, ]C1 or ]Q3, or it does not start with an AI. */
        NOT_GS1,
        /** An application identifier the reader does not know, so where its data ends cannot be told. */
        UNKNOWN_AI,
        /** The scan stops inside an AI or a fixed-length element, or an element has no data. */
        TRUNCATED,
        /** A character GS1 does not allow in that element: a letter in a numeric one, a control character, a space. */
        BAD_CHARACTER,
        /** The GTIN's last digit is not its GS1 mod-10 check digit. */
        BAD_GTIN_CHECK_DIGIT,
        /** A YYMMDD date that does not exist (month 13, day 32, 30 February). */
        BAD_DATE,
        /** The same AI twice with different data (two batches, two GTINs). */
        DUPLICATE_AI,
        /** No GTIN (AI 01): not the code of a medicine pack. */
        MISSING_GTIN,
        /** No batch (AI 10), or an empty one. */
        MISSING_BATCH,
        /** The batch is longer than the 20 characters GS1 allows. */
        BATCH_TOO_LONG,
        /** Another element, or the whole scan, is longer than any pack code can be. */
        TOO_LONG
    }
}
