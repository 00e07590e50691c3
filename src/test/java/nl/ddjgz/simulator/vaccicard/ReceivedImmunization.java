package nl.ddjgz.simulator.vaccicard;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Immunization;

/**
 * How the simulated register reads what it receives: its own strict FHIR R4 JSON parser (unknown elements, wrong
 * types, invalid codes for {@code status} are refused, as a validating FHIR server refuses them), independent of the
 * sender's reading ({@code vaccicard.fhir.FhirJson}).
 */
final class ReceivedImmunization {

    private static final FhirContext R4 = FhirContext.forR4Cached();

    private ReceivedImmunization() {}

    /**
     * The Immunization in the body.
     *
     * @throws NotAnImmunizationException when the body is empty, not FHIR JSON or another resource; the message names
     *     the problem, never the content
     */
    static Immunization read(String body) {
        if (body == null || body.isBlank()) {
            throw new NotAnImmunizationException("empty body: an Immunization (FHIR R4 JSON) is expected");
        }
        IParser parser = R4.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        IBaseResource resource;
        try {
            resource = parser.parseResource(body);
        } catch (DataFormatException e) {
            throw new NotAnImmunizationException("not valid FHIR R4 JSON: " + firstLine(e.getMessage()));
        }
        if (!(resource instanceof Immunization immunization)) {
            throw new NotAnImmunizationException("expected an Immunization, got " + resource.fhirType());
        }
        return immunization;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        // HAPI's message names the element and the problem; digits are masked so no identifier leaks into a log
        String line = message.lines().findFirst().orElse(message);
        return line.replaceAll("\\d{6,}", "***");
    }

    static final class NotAnImmunizationException extends IllegalArgumentException {
        NotAnImmunizationException(String message) {
            super(message);
        }
    }
}
