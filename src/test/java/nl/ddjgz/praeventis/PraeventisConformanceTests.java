package nl.ddjgz.praeventis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.ddjgz.praeventis.hl7.OfficialNictiz;
import nl.ddjgz.registry.Disclosure;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.OutgoingRegistration.Child;
import nl.ddjgz.registry.OutgoingRegistration.Item;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conformance of what the Praeventis adapter composes at approval (REPC_IN002140NL with BSN, REPC_IN002145NL
 * anonymised) with the OFFICIAL Nictiz JGZ 7.1 XSD and schematron ({@link OfficialNictiz}), for the variety a real day
 * brings. The messages are made by the adapter's own code path ({@code compose}: our writer, our schema, our rules),
 * never written by hand. Skipped, with the reason, when {@code ../shared/nictiz} is absent.
 */
class PraeventisConformanceTests {

    static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    static final Instant AT = Instant.parse("2026-03-12T10:15:30Z");

    PraeventisAdapter adapter;

    @BeforeEach
    void adapter() {
        OfficialNictiz.assumeAvailable();
        adapter = new PraeventisAdapter(PraeventisConformance.properties(), null, PraeventisConformance::sender);
    }

    static Stream<Arguments> aRealDay() {
        return Stream.of(
                day("consent given, two vaccinations and a principled objection", r -> r),
                day("no consent: anonymised, only what was given", r -> with(r, Disclosure.ANONYMISED, r.items())),
                day(
                        "several vaccinations in one contact moment",
                        r -> items(
                                r,
                                given("11", "DKTP-Hib-Hepatitis B", "VX241A"),
                                given("08", "Pneu", "PR241A"),
                                given("29", "Rota", "RT241A"))),
                day(
                        "a medical objection",
                        r -> items(r, given("11", "DKTP-Hib-Hepatitis B", "VX241A"), objection("08", "Pneu", "1"))),
                day(
                        "a programme objection (principled, every vaccination)",
                        r -> items(
                                r,
                                objection("11", "DKTP-Hib-Hepatitis B", "2"),
                                objection("08", "Pneu", "2"),
                                objection("29", "Rota", "2"))),
                day("2+1 DKTP schedule", r -> child(r, c -> withSchedule(c, "01"))),
                day("3+1 DKTP schedule", r -> child(r, c -> withSchedule(c, "02"))),
                day("no DKTP schedule known", r -> child(r, c -> withSchedule(c, null))),
                day("name with prefixes (van der)", r -> child(r, c -> named(c, "Sanne Maria", "van der", "Berg"))),
                day("name without prefix, one given name", r -> child(r, c -> named(c, "Daan", null, "Jansen"))),
                day("no given names known", r -> child(r, c -> named(c, null, "de", "Vries"))),
                day("house number with suffix", r -> child(r, c -> housed(c, "Oudegracht", 112, "A", "3511 AB"))),
                day("house number without suffix", r -> child(r, c -> housed(c, "Kerkstraat", 1, null, "3511 AB"))),
                day("long suffix", r -> child(r, c -> housed(c, "Dorpsweg", 7, "bis 2", "1234 AB"))),
                day("without address", r -> child(r, c -> housed(c, null, null, null, null))),
                day(
                        "born abroad, no Dutch address yet",
                        r -> child(
                                r,
                                c -> copy(c, m -> {
                                    m.given = "Amira";
                                    m.prefix = null;
                                    m.family = "El Idrissi";
                                    m.street = null;
                                    m.number = null;
                                    m.suffix = null;
                                    m.postcode = null;
                                    m.city = null;
                                    m.schedule = null;
                                }))),
                day("a boy", r -> child(r, c -> gender(c, "M"))),
                day("gender unknown", r -> child(r, c -> gender(c, "UN"))),
                day(
                        "contact moment without location name",
                        r -> new OutgoingRegistration(
                                r.contactMomentId(),
                                r.dossierId(),
                                r.dossierNumber(),
                                r.disclosure(),
                                r.child(),
                                r.organisation(),
                                new OutgoingRegistration.ContactMoment("22", DAY, null, null),
                                r.items(),
                                r.approvedBy())),
                day(
                        "RSV immunisation (no W0422 code: nullFlavor OTH with its name)",
                        r -> items(r, new Item("RSV", null, "RSV-immunisatie (nirsevimab)", DAY, "BEY241A", null))),
                day(
                        "objection to the RSV immunisation",
                        r -> items(r, new Item("RSV", null, "RSV-immunisatie (nirsevimab)", DAY, null, "2"))),
                day(
                        "school-age vaccinations (HPV, MenACWY, DTP)",
                        r -> items(
                                r,
                                given("09", "HPV", "HP241A"),
                                given("28", "MenACWY", "MN241A"),
                                given("02", "DTP", "DT241A"))),
                day("batch number with letters, digits and a dash", r -> items(r, given("04", "BMR", "Y0-12AB"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aRealDay")
    void everyMessageOfARealDayPassesTheOfficialRules(String what, OutgoingRegistration registration) {
        String xml = adapter.compose(registration, "VAC-" + UUID.randomUUID(), AT);

        OfficialNictiz.assertConforms(xml.getBytes(StandardCharsets.UTF_8), what);
        assertThat(xml)
                .contains(registration.disclosure() == Disclosure.ANONYMISED ? "REPC_IN002145NL" : "REPC_IN002140NL");
    }

    static Stream<Arguments> everyVaccineType() {
        return PraeventisConformance.VACCINE_TYPES.stream().map(t -> Arguments.of(t[0], t[1], t[2]));
    }

    /** Every vaccine type of our reference data (V5), given and objected to, as the desk can register it. */
    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("everyVaccineType")
    void everyVaccineTypeWeKnowIsSentAsTheStandardAllows(String code, String w0422, String name) {
        OutgoingRegistration registration = items(
                PraeventisConformance.registration(),
                new Item(code, w0422, name, DAY, "LOT" + code, null),
                new Item(code, w0422, name, DAY.minusDays(1), null, "1"));

        byte[] xml = adapter.compose(registration, "VAC-" + code, AT).getBytes(StandardCharsets.UTF_8);

        OfficialNictiz.assertConforms(xml, "vaccine type " + code);
    }

    // ------------------------------------------------------------------ variants

    private static Arguments day(String what, UnaryOperator<OutgoingRegistration> variant) {
        return Arguments.of(what, variant.apply(PraeventisConformance.registration()));
    }

    static Item given(String w0422, String name, String batch) {
        return new Item(w0422, w0422, name, DAY, batch, null);
    }

    static Item objection(String w0422, String name, String reason) {
        return new Item(w0422, w0422, name, DAY, null, reason);
    }

    static OutgoingRegistration items(OutgoingRegistration r, Item... items) {
        return with(r, r.disclosure(), List.of(items));
    }

    static OutgoingRegistration with(OutgoingRegistration r, Disclosure kind, List<Item> items) {
        List<Item> kept = new ArrayList<>(items);
        if (kind == Disclosure.ANONYMISED) {
            kept.removeIf(i -> i.objectionReason() != null);
        }
        return new OutgoingRegistration(
                r.contactMomentId(),
                r.dossierId(),
                r.dossierNumber(),
                kind,
                r.child(),
                r.organisation(),
                r.contactMoment(),
                kept,
                r.approvedBy());
    }

    static OutgoingRegistration child(OutgoingRegistration r, UnaryOperator<Child> change) {
        return new OutgoingRegistration(
                r.contactMomentId(),
                r.dossierId(),
                r.dossierNumber(),
                r.disclosure(),
                change.apply(r.child()),
                r.organisation(),
                r.contactMoment(),
                r.items(),
                r.approvedBy());
    }

    /** A copy of a child with some fields changed: {@code change} sets them on a mutable copy. */
    static Child copy(Child c, java.util.function.Consumer<ChildCopy> change) {
        ChildCopy copy = new ChildCopy(c);
        change.accept(copy);
        return copy.build();
    }

    static Child withSchedule(Child c, String schedule) {
        return copy(c, m -> m.schedule = schedule);
    }

    static Child named(Child c, String given, String prefix, String family) {
        return copy(c, m -> {
            m.given = given;
            m.prefix = prefix;
            m.family = family;
        });
    }

    static Child housed(Child c, String street, Integer number, String suffix, String postcode) {
        return copy(c, m -> {
            m.street = street;
            m.number = number;
            m.suffix = suffix;
            m.postcode = postcode;
            m.city = street == null ? null : "Utrecht";
        });
    }

    static Child gender(Child c, String gender) {
        return copy(c, m -> m.gender = gender);
    }

    /** The fields of a {@link Child}, to change some of them. */
    static final class ChildCopy {
        String bsn;
        String insz;
        String given;
        String prefix;
        String family;
        LocalDate born;
        String gender;
        String street;
        Integer number;
        String suffix;
        String postcode;
        String city;
        String schedule;

        ChildCopy(Child c) {
            bsn = c.bsn();
            insz = c.insz();
            given = c.givenNames();
            prefix = c.namePrefix();
            family = c.familyName();
            born = c.birthDate();
            gender = c.gender();
            street = c.street();
            number = c.houseNumber();
            suffix = c.houseNumberSuffix();
            postcode = c.postcode();
            city = c.city();
            schedule = c.dktpScheduleCode();
        }

        Child build() {
            return new Child(
                    bsn, insz, given, prefix, family, born, gender, street, number, suffix, postcode, city, schedule);
        }
    }
}
