package nl.ddjgz.simulator.praeventis;

import static nl.ddjgz.simulator.praeventis.RegisterReading.attribute;
import static nl.ddjgz.simulator.praeventis.RegisterReading.children;
import static nl.ddjgz.simulator.praeventis.RegisterReading.path;
import static nl.ddjgz.simulator.praeventis.RegisterReading.text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A registration ("Bericht 4": REPC_IN002140NL with BSN, REPC_IN002145NL anonymised) as the register reads it, with
 * the register's own reading of the official element names (Nictiz JGZ 7.1 REPC_MT002140NL, templates .180, .102,
 * .117, .124; praeventis-messages.md §2, §3, §7), independent of the sender's classes. What the register would refuse
 * is refused, every reason at once: a missing required part; an attention line missing (with BSN) or present
 * (anonymised); a BSN under another root, failing the elfproef or not the attention line's; a sender that is no
 * application id; a vaccine type outside W0422; a vaccination without partijnummer or an objection with one; an
 * objection that is incomplete, has a reason outside W0323 or is in an anonymised message; a date that is no real day;
 * a postcode not written "1234 AB"; a DKTP schedule outside W0681.
 *
 * @param transmission the wrapper (message id, sender, attention line)
 * @param dossierNumber the JGZ dossier number; null when anonymised
 * @param child the child (template .102); null when anonymised
 * @param responsibleOrganisation the performer of the dossier (the JGZ organisation responsible for the child)
 * @param items the vaccinations and objections, in order, at least one
 */
public record ReceivedVaccinationMessage(
        Transmission transmission,
        String dossierNumber,
        Child child,
        Organisation responsibleOrganisation,
        Encounter encounter,
        List<Item> items) {

    public static final String WITH_BSN = "REPC_IN002140NL";
    public static final String ANONYMISED = "REPC_IN002145NL";

    private static final Set<String> OBJECTION_REASONS = Set.of("1", "2");
    private static final Set<String> DKTP_SCHEDULES = Set.of("01", "02");

    public ReceivedVaccinationMessage {
        items = List.copyOf(items);
    }

    /** The child (template .102), as far as the message names it. */
    public record Child(
            String bsn,
            String givenNames,
            String namePrefix,
            String familyName,
            LocalDate birthDate,
            String gender,
            String street,
            Integer houseNumber,
            String houseNumberSuffix,
            String postcode,
            String city,
            String dktpScheduleCode) {

        @Override
        public String toString() {
            return "Child[bsn=*********, birthDate=" + birthDate + "]";
        }
    }

    /** A JGZ organisation (template .122): its URA or AGB id and name. */
    public record Organisation(Id id, String name) {}

    /** The contact moment: its id, W0188 code, day and the vaccinating organisation's part (location) of item 1. */
    public record Encounter(Id id, String activityCode, LocalDate date, String locationName) {}

    /**
     * A vaccination or an objection (template .117).
     *
     * @param w0422Code null when uncoded (nullFlavor OTH)
     * @param vaccineName displayName, else originalText
     * @param objectionReason W0323 "1" or "2"; null for a vaccination
     */
    public record Item(
            String w0422Code, String vaccineName, LocalDate date, String batchNumber, String objectionReason) {

        public boolean isObjection() {
            return objectionReason != null;
        }
    }

    public boolean anonymised() {
        return ANONYMISED.equals(transmission.interaction());
    }

    /** The child's BSN as the register files it (the attention line's), or null when anonymised. */
    public String bsn() {
        return transmission.attentionLineBsn();
    }

    /** Reads a registration from the HL7 message's bytes (no SOAP envelope). */
    public static ReceivedVaccinationMessage read(byte[] xml, ZoneId zone) {
        return read(RegisterReading.parse(xml).getDocumentElement(), zone);
    }

    /**
     * Reads a registration.
     *
     * @throws RefusedMessage with every reason the register refuses it for
     */
    public static ReceivedVaccinationMessage read(Element root, ZoneId zone) {
        Checks checks = new Checks();
        boolean anonymised = ANONYMISED.equals(root.getLocalName());
        Transmission transmission = Transmission.read(
                root,
                Set.of(WITH_BSN, ANONYMISED),
                zone,
                anonymised ? Transmission.AttentionLine.FORBIDDEN : Transmission.AttentionLine.REQUIRED,
                checks);
        Element event = path(root, "ControlActProcess", "subject", "CareProvisionEvent");
        if (!checks.require(event, "CareProvisionEvent")) {
            checks.refuseIfAny(transmission);
        }

        String dossierNumber = anonymised ? null : attribute(RegisterReading.child(event, "id"), "extension");
        if (!anonymised) {
            checks.require(dossierNumber, "dossiernummer (CareProvisionEvent/id)");
        }
        Element patient = path(event, "subject", "patient");
        Child child = null;
        if (checks.require(patient, "patient") && !anonymised) {
            child = readChild(patient, transmission.attentionLineBsn(), checks);
        } else if (patient != null && !"MSK".equals(attribute(patient, "nullFlavor"))) {
            checks.refuse(Refusal.FORBIDDEN, "een geanonimiseerd bericht maskeert het kind (nullFlavor MSK)");
        }
        Element performer = path(event, "performer", "assignedEntity");
        Organisation responsible = null;
        if (checks.require(performer, "performer (verantwoordelijke JGZ-organisatie)")) {
            responsible = new Organisation(
                    children(performer, "id").stream()
                            .map(Id::of)
                            .filter(id -> id != null)
                            .findFirst()
                            .orElse(null),
                    text(path(performer, "assignedOrganization", "name")));
            checks.require(responsible.name(), "naam van de verantwoordelijke JGZ-organisatie");
        }
        Element encounterEvent = path(event, "component", "encounterEvent");
        Encounter encounter = null;
        List<Item> items = new ArrayList<>();
        if (checks.require(encounterEvent, "encounterEvent (contactmoment)")) {
            LocalDate date =
                    date(RegisterReading.child(encounterEvent, "effectiveTime"), "datum van het contactmoment", checks);
            List<Element> components = children(encounterEvent, "component");
            String location = null;
            int position = 0;
            for (Element component : components) {
                position++;
                Element vaccination = RegisterReading.child(component, "substanceAdministrationEvent");
                if (checks.require(vaccination, "vaccinatie " + position)) {
                    items.add(item(vaccination, anonymised, "vaccinatie " + position, checks));
                    if (position == 1) {
                        location = text(path(
                                vaccination,
                                "performer",
                                "assignedEntity",
                                "representedOrganization",
                                "organizationContains",
                                "partOrganization",
                                "name"));
                    }
                }
            }
            if (components.isEmpty()) {
                checks.refuse(Refusal.REQUIRED, "het contactmoment heeft geen vaccinatie of bezwaar");
            }
            encounter = new Encounter(
                    Id.of(RegisterReading.child(encounterEvent, "id")),
                    attribute(RegisterReading.child(encounterEvent, "code"), "code"),
                    date,
                    location);
        }
        checks.refuseIfAny(transmission);
        return new ReceivedVaccinationMessage(transmission, dossierNumber, child, responsible, encounter, items);
    }

    private static Child readChild(Element patient, String attentionLineBsn, Checks checks) {
        String bsn = null;
        for (Element id : children(patient, "id")) {
            if (RegisterReading.BSN_OID.equals(attribute(id, "root"))) {
                bsn = attribute(id, "extension");
            }
        }
        if (bsn == null) {
            checks.refuse(Refusal.BSN_ROOT, "het kind heeft geen BSN (id met root " + RegisterReading.BSN_OID + ")");
        } else if (!RegisterReading.elfproef(bsn)) {
            checks.refuse(Refusal.BSN_ELFPROEF, "het BSN van het kind voldoet niet aan de elfproef");
        } else if (attentionLineBsn != null && !attentionLineBsn.equals(bsn)) {
            checks.refuse(Refusal.BSN_MISMATCH, "het BSN van het kind is niet dat van de attentionLine");
        }
        Element address = RegisterReading.child(patient, "addr");
        String postcode = text(RegisterReading.child(address, "postalCode"));
        if (postcode != null && !RegisterReading.postcode(postcode)) {
            checks.refuse(Refusal.POSTCODE, "een postcode wordt geschreven als \"1234 AB\"");
        }
        String houseNumber = text(RegisterReading.child(address, "houseNumber"));
        Element person = RegisterReading.child(patient, "patientPerson");
        Element name = officialName(children(person, "name"));
        Element gender = RegisterReading.child(person, "administrativeGenderCode");
        LocalDate birthDate = checks.require(person, "patientPerson")
                ? date(RegisterReading.child(person, "birthTime"), "geboortedatum", checks)
                : null;
        return new Child(
                bsn,
                given(name),
                birthNamePart(children(name, "prefix")),
                birthNamePart(children(name, "family")),
                birthDate,
                gender == null || attribute(gender, "nullFlavor") != null ? null : attribute(gender, "code"),
                text(RegisterReading.child(address, "streetName")),
                houseNumber != null && houseNumber.matches("[0-9]{1,9}") ? Integer.valueOf(houseNumber) : null,
                text(RegisterReading.child(address, "buildingNumberSuffix")),
                postcode,
                text(RegisterReading.child(address, "city")),
                dktpSchedule(patient, checks));
    }

    private static Element officialName(List<Element> names) {
        return names.stream()
                .filter(n -> List.of(
                                attribute(n, "use") == null
                                        ? new String[0]
                                        : attribute(n, "use").split(" "))
                        .contains("OR"))
                .findFirst()
                .orElse(names.isEmpty() ? null : names.get(0));
    }

    private static String given(Element name) {
        List<String> given = children(name, "given").stream()
                .map(RegisterReading::text)
                .filter(t -> t != null)
                .toList();
        return given.isEmpty() ? null : String.join(" ", given);
    }

    /** The part qualified BR (birth name), else the first one. */
    private static String birthNamePart(List<Element> parts) {
        return parts.stream()
                .filter(p -> text(p) != null)
                .filter(p -> attribute(p, "qualifier") != null
                        && List.of(attribute(p, "qualifier").split(" ")).contains("BR"))
                .findFirst()
                .or(() -> parts.stream().filter(p -> text(p) != null).findFirst())
                .map(RegisterReading::text)
                .orElse(null);
    }

    private static String dktpSchedule(Element patient, Checks checks) {
        for (Element subjectOf : children(patient, "subjectOf1")) {
            Element observation = RegisterReading.child(subjectOf, "administrativeObservation");
            Element code = RegisterReading.child(observation, "code");
            Element value = RegisterReading.child(observation, "value");
            if (value == null
                    || !"1584".equals(attribute(code, "code"))
                    || !RegisterReading.BDS_ELEMENT_OID.equals(attribute(code, "codeSystem"))
                    || attribute(value, "nullFlavor") != null) {
                continue;
            }
            String schedule = attribute(value, "code");
            if (!DKTP_SCHEDULES.contains(schedule)
                    || !RegisterReading.DKTP_SCHEDULE_OID.equals(attribute(value, "codeSystem"))) {
                checks.refuse(
                        Refusal.DKTP_SCHEDULE,
                        "het DKTP-schema is W0681 01 of 02 in " + RegisterReading.DKTP_SCHEDULE_OID);
            }
            return schedule;
        }
        return null;
    }

    private static Item item(Element vaccination, boolean anonymised, String where, Checks checks) {
        LocalDate date = date(RegisterReading.child(vaccination, "effectiveTime"), where + ": datum", checks);
        Element medicine = path(vaccination, "consumable", "medication", "administrableMedicine");
        Element type = RegisterReading.child(medicine, "code");
        String code = null;
        String name = null;
        if (checks.require(type, where + ": soort vaccinatie (administrableMedicine/code)")) {
            code = attribute(type, "code");
            name = attribute(type, "displayName") != null
                    ? attribute(type, "displayName")
                    : text(RegisterReading.child(type, "originalText"));
            boolean coded = attribute(type, "nullFlavor") == null
                    && RegisterReading.VACCINE_TYPES.contains(code)
                    && RegisterReading.VACCINE_TYPE_OID.equals(attribute(type, "codeSystem"));
            boolean other = "OTH".equals(attribute(type, "nullFlavor"))
                    && code == null
                    && text(RegisterReading.child(type, "originalText")) != null;
            if (!coded && !other) {
                checks.refuse(
                        Refusal.VACCINE_TYPE,
                        where + ": onbekende soort vaccinatie (W0422 in " + RegisterReading.VACCINE_TYPE_OID
                                + ", of nullFlavor OTH met originalText)");
            }
        }
        boolean negation = "true".equals(attribute(vaccination, "negationInd"));
        Element authorization = RegisterReading.child(vaccination, "authorization");
        String reason = objectionReason(authorization, where, checks);
        if (negation != (authorization != null)) {
            checks.refuse(Refusal.OBJECTION, where + ": negationInd=\"true\" en de authorization horen bij elkaar");
        }
        boolean objection = negation || authorization != null;
        if (anonymised && objection) {
            checks.refuse(Refusal.FORBIDDEN, where + ": een geanonimiseerd bericht bevat geen bezwaar");
        }
        String batch = text(RegisterReading.child(medicine, "lotNumberText"));
        if (objection && batch != null) {
            checks.refuse(Refusal.BATCH_NUMBER, where + ": een bezwaar heeft geen partijnummer");
        } else if (!objection && batch == null) {
            checks.refuse(Refusal.BATCH_NUMBER, where + ": het partijnummer ontbreekt");
        }
        Element organisation = path(vaccination, "performer", "assignedEntity", "representedOrganization");
        if (checks.require(organisation, where + ": vaccinerende organisatie")) {
            checks.require(
                    text(RegisterReading.child(organisation, "name")),
                    where + ": naam van de vaccinerende organisatie");
        }
        return new Item(code, name, date, batch, reason);
    }

    private static String objectionReason(Element authorization, String where, Checks checks) {
        if (authorization == null) {
            return null;
        }
        Element value = path(authorization, "consentEvent", "reasonOf", "observationEvent", "value");
        String reason = attribute(value, "code");
        if (!OBJECTION_REASONS.contains(reason)
                || !RegisterReading.OBJECTION_REASON_OID.equals(attribute(value, "codeSystem"))) {
            checks.refuse(
                    Refusal.OBJECTION,
                    where + ": de reden van bezwaar is W0323 1 of 2 in " + RegisterReading.OBJECTION_REASON_OID);
        }
        return reason;
    }

    private static LocalDate date(Element effectiveTime, String what, Checks checks) {
        if (!checks.require(effectiveTime, what)) {
            return null;
        }
        String value = attribute(effectiveTime, "value");
        LocalDate day = RegisterReading.day(value);
        if (checks.require(value, what) && day == null) {
            checks.refuse(Refusal.DATE, what + " is geen echte dag van ten minste JJJJMMDD");
        }
        return day;
    }

    @Override
    public String toString() {
        return "ReceivedVaccinationMessage[" + transmission.interaction() + ", " + transmission.messageId() + ", "
                + items.size() + " items]";
    }
}
