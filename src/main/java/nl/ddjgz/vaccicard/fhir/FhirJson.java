package nl.ddjgz.vaccicard.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * FHIR R4 JSON with one shared {@link FhirContext} (expensive to build, thread-safe once built). Parsers are cheap and
 * not thread-safe, so each call makes its own.
 */
public final class FhirJson {

    /** The media type of FHIR JSON. */
    public static final String MEDIA_TYPE = "application/fhir+json";

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private FhirJson() {}

    /** The shared R4 context, e.g. for a validator in tests. */
    public static FhirContext context() {
        return CONTEXT;
    }

    /** Compact JSON of the resource. */
    public static String encode(IBaseResource resource) {
        return parser().encodeResourceToString(Objects.requireNonNull(resource, "resource"));
    }

    /** Indented JSON of the resource, for people and examples. */
    public static String encodePretty(IBaseResource resource) {
        return parser().setPrettyPrint(true).encodeResourceToString(Objects.requireNonNull(resource, "resource"));
    }

    /**
     * The resource of the expected type.
     *
     * @throws InvalidFhirJsonException when the text is not FHIR JSON of that type
     */
    public static <T extends IBaseResource> T parse(Class<T> type, String json) {
        Objects.requireNonNull(type, "type");
        IBaseResource resource = parse(json);
        if (!type.isInstance(resource)) {
            throw new InvalidFhirJsonException(
                    "expected FHIR " + type.getSimpleName() + ", got " + resource.fhirType(), null);
        }
        return type.cast(resource);
    }

    /**
     * Any resource.
     *
     * @throws InvalidFhirJsonException when the text is not FHIR JSON
     */
    public static IBaseResource parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidFhirJsonException("no FHIR JSON: the text is empty", null);
        }
        try {
            return parser().parseResource(json);
        } catch (DataFormatException e) {
            throw new InvalidFhirJsonException("not FHIR JSON", e);
        }
    }

    private static IParser parser() {
        return CONTEXT.newJsonParser();
    }

    /** Text that is not (the expected) FHIR JSON. The message holds no part of the text; the cause may. */
    public static final class InvalidFhirJsonException extends IllegalArgumentException {
        InvalidFhirJsonException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
