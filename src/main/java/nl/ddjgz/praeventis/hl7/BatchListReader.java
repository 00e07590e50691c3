package nl.ddjgz.praeventis.hl7;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.ddjgz.praeventis.hl7.v3.CE;
import nl.ddjgz.praeventis.hl7.v3.IVLTS;
import nl.ddjgz.praeventis.hl7.v3.PRMMIN010043NLMessage;
import nl.ddjgz.praeventis.hl7.v3.ProductList;
import nl.ddjgz.praeventis.hl7.v3.ProductListKindOfProduct;
import nl.ddjgz.praeventis.hl7.v3.ProductListProduct;
import nl.ddjgz.praeventis.hl7.v3.ProductListProductInstance;

/**
 * Reads the nightly batch-number list, PRMM_IN010043NL: first checks it against our schema (refusing anything else,
 * including another interaction), then reads it with JAXB and maps what the module uses; nothing of a message that
 * does not validate is read. Thread-safe; one instance can serve every request.
 *
 * <p>Where the standard is lenient the reader is too: an entry without expiry date gets a null expiry, an uncoded
 * vaccine type (nullFlavor) a null code, an uncoded product (nullFlavor OTH) its originalText as name. Times without
 * offset are Dutch local time; a time of lower precision means the start of its period; an expiry of month precision
 * (202612) means the last day of that month.
 */
@org.springframework.modulith.NamedInterface("hl7")
public final class BatchListReader {

    public static final String INTERACTION = "PRMM_IN010043NL";

    private final ZoneId zone;

    public BatchListReader() {
        this(Hl7Time.NETHERLANDS);
    }

    /** @param zone where times without offset are local time (default Europe/Amsterdam) */
    public BatchListReader(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    /**
     * @throws InvalidMessageException when the bytes are not XML, not a PRMM_IN010043NL, do not validate against our
     *     schema or carry a time that is not a real date
     */
    public BatchListMessage read(byte[] xml) {
        PRMMIN010043NLMessage message = Jaxb.read(xml, INTERACTION, PRMMIN010043NLMessage.class);
        Times times = new Times();
        BatchListMessage list = map(message, times);
        if (!times.errors.isEmpty()) {
            throw new InvalidMessageException(INTERACTION, times.errors);
        }
        return list;
    }

    private BatchListMessage map(PRMMIN010043NLMessage message, Times times) {
        ProductList productList = message.getControlActProcess().getSubject().getProductList();
        IVLTS window = productList.getEffectiveTime();
        List<ProductListProduct> products = productList.getProduct();
        List<BatchListMessage.Entry> entries = new ArrayList<>(products.size());
        for (int i = 0; i < products.size(); i++) {
            entries.add(entry(products.get(i), i + 1, times));
        }
        return new BatchListMessage(
                V3.messageId(message),
                times.instant("creationTime", message.getCreationTime().getValue()),
                V3.applicationId(message.getSender().getDevice()),
                message.getReceiver().isEmpty()
                        ? null
                        : V3.applicationId(message.getReceiver().get(0).getDevice()),
                window == null ? null : times.instant("ProductList/effectiveTime/low", V3.value(window.getLow())),
                window == null ? null : times.instant("ProductList/effectiveTime/high", V3.value(window.getHigh())),
                entries);
    }

    private static BatchListMessage.Entry entry(ProductListProduct product, int position, Times times) {
        ProductListProductInstance instance = product.getInstanceOfKind().getProductInstanceInstance();
        String batchNumber = instance.getId().getExtension().strip();
        IVLTS expiration = instance.getExpirationTime();
        LocalDate expiry = expiration == null
                ? null
                : times.date(
                        "ProductList/product[" + position
                                + "]/instanceOfKind/productInstanceInstance/expirationTime/high",
                        V3.value(expiration.getHigh()));
        CE type = instance.getAsInstanceOfKind().getKindOfMaterialKind().getCode();
        String vaccineType =
                V3.isNull(type) || !isVaccineType(type.getCodeSystem()) ? null : blankToNull(type.getCode());
        ProductListKindOfProduct kind = product.getInstanceOfKind().getKindOfProduct();
        CE productCode = kind == null ? null : kind.getCode();
        String code = V3.isNull(productCode) ? null : blankToNull(productCode.getCode());
        String name = productCode == null ? null : name(productCode);
        return new BatchListMessage.Entry(batchNumber, expiry, vaccineType, code, name);
    }

    private static boolean isVaccineType(String codeSystem) {
        return codeSystem == null || Oids.VACCINE_TYPE.equals(codeSystem);
    }

    private static String name(CE code) {
        String displayName = blankToNull(code.getDisplayName());
        return displayName != null ? displayName : V3.text(code.getOriginalText());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Reads time stamps, collecting the ones the schema lets through but the calendar does not (20261340). */
    private final class Times {

        private final List<ValidationError> errors = new ArrayList<>();

        private void add(String message) {
            if (errors.size() < ParserErrors.MAX) {
                errors.add(ValidationError.of(message));
            }
        }

        Instant instant(String where, String value) {
            if (value == null) {
                return null;
            }
            try {
                return Hl7Time.instant(value, zone);
            } catch (DateTimeException e) {
                add(where + ": '" + value + "' is not a valid point in time.");
                return null;
            }
        }

        LocalDate date(String where, String value) {
            if (value == null) {
                return null;
            }
            try {
                return Hl7Time.lastDay(value);
            } catch (DateTimeException e) {
                add(where + ": '" + value + "' is not a valid date.");
                return null;
            }
        }
    }
}
