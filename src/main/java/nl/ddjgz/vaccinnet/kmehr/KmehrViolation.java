package nl.ddjgz.vaccinnet.kmehr;

/**
 * Why a KMEHR message was refused: a stable {@code code} to act on (and to translate for users), the {@code path} of
 * the element concerned (e.g. {@code kmehrmessage/folder[2]/transaction[1]/item[1]/batch}, positions from 1) and a
 * short English {@code detail} for developers (for schema errors the validator's text, with long digit runs masked).
 * Never carries message content such as an INSZ or a name.
 */
public record KmehrViolation(String code, String path, String detail) {

    /** A required value is missing. */
    public static final String MISSING = "kmehr.value.missing";

    /** The patient's number is not a valid INSZ. */
    public static final String INSZ_INVALID = "kmehr.insz.invalid";

    /** A sender's or author's NIHII is not 11 digits. */
    public static final String NIHII_INVALID = "kmehr.nihii.invalid";

    /** A CNK code is not 7 digits. */
    public static final String CNK_INVALID = "kmehr.cnk.invalid";

    /** The message id is not the sender's NIHII, a dot and a time stamp. */
    public static final String MESSAGE_ID = "kmehr.header.id";

    /** A message without any folder. */
    public static final String NO_FOLDERS = "kmehr.folders.empty";

    /** More than {@value Kmehr#MAX_FOLDERS} folders (persons) in one message. */
    public static final String TOO_MANY_FOLDERS = "kmehr.folders.max";

    /** A folder without any transaction. */
    public static final String EMPTY_FOLDER = "kmehr.folder.empty";

    /** A transaction without any item. */
    public static final String EMPTY_TRANSACTION = "kmehr.transaction.empty";

    /** Two transactions of one message have the same id (results could not be told apart). */
    public static final String DUPLICATE_TRANSACTION_ID = "kmehr.transaction.id.duplicate";

    /** The author of a vaccination is not a physician or a nurse (persphysician, persnurse). */
    public static final String AUTHOR_KIND = "kmehr.author.kind";

    /** A COVID-19 vaccination without lot number. */
    public static final String LOT_REQUIRED = "kmehr.lot.required";

    /** An item's administration date is after its transaction's date. */
    public static final String ITEM_AFTER_TRANSACTION = "kmehr.item.date.after.transaction";

    /** The message does not validate against our schema. */
    public static final String SCHEMA = "kmehr.schema";

    /** The bytes are not well-formed XML, or carry a DOCTYPE. */
    public static final String NOT_XML = "kmehr.xml.malformed";

    @Override
    public String toString() {
        return code + " at " + path + (detail == null || detail.isEmpty() ? "" : ": " + detail);
    }
}
