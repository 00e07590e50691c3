package nl.ddjgz.simulator.praeventis;

import static nl.ddjgz.simulator.praeventis.RegisterReading.attribute;
import static nl.ddjgz.simulator.praeventis.RegisterReading.child;
import static nl.ddjgz.simulator.praeventis.RegisterReading.children;
import static nl.ddjgz.simulator.praeventis.RegisterReading.path;
import static nl.ddjgz.simulator.praeventis.RegisterReading.text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The status query REPC_IN002170NL as the register reads it (Nictiz JGZ 7.1 REPC_MT002170NL, template .181;
 * praeventis-messages.md §4), independent of the sender's classes. Refused: a wrapper the register refuses (see
 * {@link Transmission}), no attention line, a patientId that is no BSN, fails the elfproef or is not the attention
 * line's, no queryId, a birth date that is no real day, a postcode not written "1234 AB".
 *
 * @param queryId echoed in the answer's queryAck
 * @param bsn patientId's BSN
 * @param person the identity check parameters; null when the query gives none
 */
public record ReceivedStatusQuery(Transmission transmission, Id queryId, String bsn, Person person) {

    public static final String INTERACTION = "REPC_IN002170NL";

    /** The identity check parameters as sent; each may be null. */
    public record Person(
            String givenNames,
            String namePrefix,
            String familyName,
            LocalDate birthDate,
            String gender,
            Integer houseNumber,
            String houseNumberSuffix,
            String postcode) {}

    public static ReceivedStatusQuery read(byte[] xml, ZoneId zone) {
        return read(RegisterReading.parse(xml).getDocumentElement(), zone);
    }

    /**
     * @throws RefusedMessage with every reason the register refuses the query for
     */
    public static ReceivedStatusQuery read(Element root, ZoneId zone) {
        Checks checks = new Checks();
        Transmission transmission =
                Transmission.read(root, Set.of(INTERACTION), zone, Transmission.AttentionLine.REQUIRED, checks);
        Element query = path(root, "ControlActProcess", "queryByParameter");
        if (!checks.require(query, "queryByParameter")) {
            checks.refuseIfAny(transmission);
        }
        Id queryId = Id.of(child(query, "queryId"));
        checks.require(queryId, "queryId");
        Element patientId = path(query, "patientId", "value");
        String bsn = attribute(patientId, "extension");
        if (checks.require(patientId, "patientId")) {
            if (!RegisterReading.BSN_OID.equals(attribute(patientId, "root")) || bsn == null) {
                checks.refuse(Refusal.BSN_ROOT, "patientId moet een BSN zijn (root " + RegisterReading.BSN_OID + ")");
            } else if (!RegisterReading.elfproef(bsn)) {
                checks.refuse(Refusal.BSN_ELFPROEF, "het BSN van patientId voldoet niet aan de elfproef");
            } else if (transmission.attentionLineBsn() != null
                    && !transmission.attentionLineBsn().equals(bsn)) {
                checks.refuse(Refusal.BSN_MISMATCH, "het BSN van patientId is niet dat van de attentionLine");
            }
        }
        Person person = person(query, checks);
        checks.refuseIfAny(transmission);
        return new ReceivedStatusQuery(transmission, queryId, bsn, person);
    }

    private static Person person(Element query, Checks checks) {
        Element address = path(query, "person.addr", "value");
        Element gender = path(query, "person.administrativeGender", "value");
        Element birthTime = path(query, "person.birthTime", "value");
        Element name = path(query, "person.name", "value");
        LocalDate birthDate = null;
        if (birthTime != null) {
            birthDate = RegisterReading.day(attribute(birthTime, "value"));
            if (birthDate == null) {
                checks.refuse(Refusal.DATE, "person.birthTime is geen echte dag van ten minste JJJJMMDD");
            }
        }
        String postcode = text(child(address, "postalCode"));
        if (postcode != null && !RegisterReading.postcode(postcode)) {
            checks.refuse(Refusal.POSTCODE, "een postcode wordt geschreven als \"1234 AB\"");
        }
        String houseNumber = text(child(address, "houseNumber"));
        Person person = new Person(
                joined(children(name, "given")),
                text(child(name, "prefix")),
                text(child(name, "family")),
                birthDate,
                gender == null || attribute(gender, "nullFlavor") != null ? null : attribute(gender, "code"),
                houseNumber != null && houseNumber.matches("[0-9]{1,9}") ? Integer.valueOf(houseNumber) : null,
                text(child(address, "buildingNumberSuffix")),
                postcode);
        boolean empty = person.givenNames() == null
                && person.namePrefix() == null
                && person.familyName() == null
                && birthDate == null
                && person.gender() == null
                && person.houseNumber() == null
                && person.houseNumberSuffix() == null
                && postcode == null;
        return empty ? null : person;
    }

    private static String joined(List<Element> parts) {
        List<String> texts =
                parts.stream().map(RegisterReading::text).filter(t -> t != null).toList();
        return texts.isEmpty() ? null : String.join(" ", texts);
    }

    @Override
    public String toString() {
        return "ReceivedStatusQuery[" + transmission + ", queryId=" + queryId + "]";
    }
}
