package nl.ddjgz.massvaccination;

/** The answer to a scan, and the colour the desk shows it in. */
public enum ScanOutcome {
    /** On the expected list (or there is no list): the child is registered in the session. */
    EXPECTED(Colour.GREEN, true),
    /** A dossier here, but not on the expected list: registered, shown as an exception. */
    NOT_EXPECTED(Colour.ORANGE, true),
    /**
     * Registered, but the child's series of one of the session's vaccine types is complete (or, for a type outside
     * the schedule, the child had it before).
     */
    ALREADY_HAS_VACCINE(Colour.ORANGE, true),
    /** Registered, but the dose is too early: before its earliest day (age, or the interval after the last dose). */
    DOSE_TOO_EARLY(Colour.ORANGE, true),
    /** Registered, but the child's age is outside what the schedule gives the vaccine at (too late, or not at all). */
    DOSE_AGE_OUTSIDE(Colour.ORANGE, true),
    /** Registered, but the dossier holds an objection to one of the session's vaccine types. */
    OBJECTION_ON_DOSSIER(Colour.ORANGE, true),
    /** The dossier holds a principled objection to the whole programme: not registered. */
    PROGRAMME_OBJECTION(Colour.RED, false),
    /**
     * On the expected list but without a dossier here: not registered yet; the desk offers to open the dossier from
     * the list's data and register the child in one click.
     */
    EXPECTED_NO_DOSSIER(Colour.ORANGE, false),
    /** This BSN was scanned before in this session (at this or another desk): not registered again. */
    DUPLICATE(Colour.ORANGE, false),
    /** A valid BSN without a dossier here: offer a new dossier or the RIVM form. */
    NO_DOSSIER(Colour.RED, false),
    /** Nine digits failing the elfproef. */
    INVALID_BSN(Colour.RED, false),
    /** Not a BSN at all (another barcode). */
    NOT_A_BSN(Colour.RED, false),
    /** A dossier picked by hand that has no BSN: nothing can be sent, use the RIVM form. */
    NO_BSN(Colour.RED, false),
    /**
     * A child without BSN entered at the desk by name and birth date (or its BSN-less dossier picked): registered in
     * the session; Praeventis cannot receive it, so the approval puts it on the RIVM form.
     */
    WITHOUT_BSN(Colour.ORANGE, true),
    /** Eleven digits failing the INSZ check digits (Belgian organisations): nothing is stored. */
    INVALID_INSZ(Colour.RED, false),
    /** Not an INSZ at all (another barcode, a BSN) at a Belgian organisation. */
    NOT_AN_INSZ(Colour.RED, false),
    /**
     * A dossier picked by hand that has no INSZ, at a Belgian organisation: the Belgian register cannot take it, the
     * professional sees it on the review page.
     */
    NO_INSZ(Colour.RED, false),
    /** The session is approved: no more scans. */
    SESSION_CLOSED(Colour.RED, false);

    /** The colour of the answer at the desk. */
    public enum Colour {
        GREEN,
        ORANGE,
        RED
    }

    private final Colour colour;
    private final boolean counted;

    ScanOutcome(Colour colour, boolean counted) {
        this.colour = colour;
        this.counted = counted;
    }

    public Colour colour() {
        return colour;
    }

    /** Whether the scan puts the child in the session (to be approved). */
    public boolean counted() {
        return counted;
    }
}
