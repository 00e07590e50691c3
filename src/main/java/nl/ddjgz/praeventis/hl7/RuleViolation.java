package nl.ddjgz.praeventis.hl7;

/**
 * A message rule the schema cannot express was broken (praeventis-messages.md §2, §3, §4; rules.md §4, §6): a stable
 * machine {@code code} to act on (and to translate for users) and a short English {@code description} for developers.
 * The description names where (e.g. "item 2") but never repeats message content: no BSN, no names.
 */
public record RuleViolation(String code, String description) {

    /** The BSN in the payload is not the one in the attention line. */
    public static final String BSN_MISMATCH = "BSN_MISMATCH";

    /** A BSN fails the elfproef (or is 000000000). */
    public static final String BSN_INVALID = "BSN_INVALID";

    /** The attention line does not carry an II with the BSN root. */
    public static final String ATTENTION_LINE = "ATTENTION_LINE";

    /** A vaccination without objection has no batch number. */
    public static final String BATCH_REQUIRED = "BATCH_REQUIRED";

    /** An objection carries a batch number. */
    public static final String BATCH_FORBIDDEN = "BATCH_FORBIDDEN";

    /** An anonymised message (REPC_IN002145NL) carries an objection. */
    public static final String OBJECTION_IN_ANONYMISED = "OBJECTION_IN_ANONYMISED";

    /** negationInd and the objection (authorization) do not go together. */
    public static final String OBJECTION_INCOMPLETE = "OBJECTION_INCOMPLETE";

    /** The objection reason is not W0323 1 (medical) or 2 (principled). */
    public static final String OBJECTION_REASON = "OBJECTION_REASON";

    /** A date is not a real date to at least the day (YYYYMMDD). */
    public static final String DATE_FORMAT = "DATE_FORMAT";

    /** The vaccine type is neither a W0422 code nor nullFlavor OTH with originalText. */
    public static final String VACCINE_TYPE = "VACCINE_TYPE";

    /** A Dutch postcode is not written "1234 AB". */
    public static final String POSTCODE_FORMAT = "POSTCODE_FORMAT";

    /** The DKTP schedule is not W0681 01 or 02. */
    public static final String DKTP_SCHEDULE = "DKTP_SCHEDULE";

    /** A registration message without any vaccination or objection. */
    public static final String NO_ITEMS = "NO_ITEMS";

    /** A planned vaccination (moodCode RMD) with a date or a performer of its own. */
    public static final String PLANNED_ITEM = "PLANNED_ITEM";

    /** resultTotalQuantity/resultCurrentQuantity do not count the lists. */
    public static final String RESULT_COUNT = "RESULT_COUNT";

    @Override
    public String toString() {
        return code + ": " + description;
    }
}
