package nl.ddjgz.vaccicard.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Our own JSON resources (src/test/resources/nl/ddjgz/vaccicard/fhir/examples), written by us in the shape of the
 * official example instances of hl7-be/vaccination (BeVaccination 1.1.2): every official Immunization example, by its
 * name, with the file of the same shape (elements, cardinalities, code systems and references as the official one).
 */
public final class OfficialExampleShapes {

    /** Official example instance → our file of the same shape. */
    public static final Map<String, String> BY_OFFICIAL_EXAMPLE = shapes();

    private OfficialExampleShapes() {}

    private static Map<String, String> shapes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("aymeric-rota1", "rota-dose");
        m.put("aymeric-rota2", "rota-dose");
        m.put("aymeric-rota3", "rota-dose");
        m.put("gabriel-flu", "flu-with-cnk");
        m.put("juan-hexa1-reported", "hexa-reported-one-patient");
        m.put("juan-hexa2-reported-hospital", "hexa-reported-one-patient");
        m.put("juan-hexa3-skipped", "hexa-skipped-no-reason");
        m.put("juan-hexa4", "hexa-reported-one-patient");
        m.put("julia-refuse-hpv", "hpv-refused-no-identifier");
        m.put("eva-hpv1-school", "hpv-refused-no-identifier");
        m.put("eva-hpv2-school", "hpv-refused-no-identifier");
        m.put("simon-hpv-at-work", "hpv-refused-no-identifier");
        m.put("othercode", "other-vaccine-with-text");
        m.put("toto-hexa1", "hexa-atc-product");
        m.put("toto-hexa2", "hexa-atc-product");
        m.put("toto-hexa3", "hexa-atc-product");
        m.put("toto-hexa4-skipped", "hexa-skipped-medprec");
        m.put("toto-hexa4-swelling", "hexa-reaction");
        m.put("immunization-example-reaction-swelling", "hexa-reaction");
        m.put("immunization-example-tetanus-cautious-reinforcement", "tetanus-date-as-text");
        m.put("immunization-example-childhood-measles", "tetanus-date-as-text");
        m.put("immunization-example-prescribed-vaccination", "tetanus-date-as-text");
        m.put("immunization-example-not-given-stock", "hepb-out-of-stock");
        m.put("immunization-example-not-given-contraindication", "hepb-contraindication-note");
        m.put("immunization-example-not-given-refusal", "hepb-contraindication-note");
        m.put("immunization-example-mistaken-entry", "measles-entered-in-error");
        m.put("immunization-example-mistaken-entry-update", "measles-entered-in-error");
        m.put("immunization-example-1-hpv", "hpv-two-codings");
        m.put("iex1", "hpv-two-codings");
        m.put("iex2", "hpv-two-codings");
        m.put("iex3", "hpv-two-codings");
        m.put("recorder-logical-reference", "recorder-by-nihii");
        for (int i = 1; i <= 8; i++) {
            m.put("rizivinami-" + i + "-2", "covid-cti-site-laterality");
        }
        m.put("vaccinnet-1", "hepa-vaccinnet");
        m.put("covid-jan-1", "covid-medication-not-done-other");
        m.put("covid-jan-2-discarded", "covid-medication-not-done-other");
        m.put("covid-jan-3", "covid-medication-not-done-other");
        return Map.copyOf(m);
    }

    /** The JSON of our file of that name. */
    public static String json(String file) {
        try (InputStream in = OfficialExampleShapes.class.getResourceAsStream("examples/" + file + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
