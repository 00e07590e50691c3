package nl.ddjgz.praeventis.hl7;

import java.util.Objects;
import nl.ddjgz.praeventis.hl7.v3.AcceptAckCodeValue;
import nl.ddjgz.praeventis.hl7.v3.CE;
import nl.ddjgz.praeventis.hl7.v3.ED;
import nl.ddjgz.praeventis.hl7.v3.IVLTS;
import nl.ddjgz.praeventis.hl7.v3.IVXBTS;
import nl.ddjgz.praeventis.hl7.v3.NullFlavor;
import nl.ddjgz.praeventis.hl7.v3.ObjectFactory;
import nl.ddjgz.praeventis.hl7.v3.PRMMIN010043NLControlActProcess;
import nl.ddjgz.praeventis.hl7.v3.PRMMIN010043NLMessage;
import nl.ddjgz.praeventis.hl7.v3.PRMMIN010043NLSubject;
import nl.ddjgz.praeventis.hl7.v3.ProductList;
import nl.ddjgz.praeventis.hl7.v3.ProductListAsInstanceOfKind;
import nl.ddjgz.praeventis.hl7.v3.ProductListBatchId;
import nl.ddjgz.praeventis.hl7.v3.ProductListCode;
import nl.ddjgz.praeventis.hl7.v3.ProductListInstanceOfKind;
import nl.ddjgz.praeventis.hl7.v3.ProductListKindOfMaterialKind;
import nl.ddjgz.praeventis.hl7.v3.ProductListKindOfProduct;
import nl.ddjgz.praeventis.hl7.v3.ProductListManufacturedMaterialClass;
import nl.ddjgz.praeventis.hl7.v3.ProductListProduct;
import nl.ddjgz.praeventis.hl7.v3.ProductListProductInstance;

/**
 * Writes a batch-number list as the register sends it (PRMM_IN010043NL), for the Praeventis simulator and demo data.
 * What it writes validates against our schema (checked while writing) and reads back with {@link BatchListReader}
 * into an equal {@link BatchListMessage}, provided the times are whole seconds. It is written without indentation (a
 * nightly list has tens of thousands of entries). Thread-safe.
 *
 * <p>Per entry: the batch number as {@code productInstanceInstance/id/@extension} (no root: the rules name none), the
 * expiry as {@code expirationTime/high} (left out when null), the vaccine type as a W0422 code (nullFlavor OTH when
 * null), and the product as {@code kindOfProduct/code} in {@code productCodeSystem} with its name as displayName, or
 * nullFlavor OTH with the name as originalText when it has no code, or left out when it has neither.
 */
public final class BatchListWriter {

    private static final ObjectFactory FACTORY = new ObjectFactory();

    private static final String PRODUCT_LIST_NAME = "Pharmaceutical / biologic product";

    private final SendingSystem author;

    private final String productCodeSystem;

    /**
     * @param author the system that sends the list (the register, or the simulator standing in for it)
     * @param productCodeSystem the OID of the product codes; the message rules do not name one
     */
    public BatchListWriter(SendingSystem author, String productCodeSystem) {
        this.author = Objects.requireNonNull(author);
        this.productCodeSystem = Objects.requireNonNull(productCodeSystem);
    }

    /**
     * @throws NullPointerException when the list has no message id, creation time, sender or receiver
     * @throws IllegalArgumentException when the list has no entries or would not validate
     */
    public byte[] write(BatchListMessage list) {
        Objects.requireNonNull(list.messageId(), "messageId");
        Objects.requireNonNull(list.creationTime(), "creationTime");
        Objects.requireNonNull(list.sender(), "sender");
        Objects.requireNonNull(list.receiver(), "receiver");
        if (list.entries().isEmpty()) {
            throw new IllegalArgumentException("a batch list has at least one entry");
        }
        PRMMIN010043NLMessage message = new PRMMIN010043NLMessage();
        V3.head(message, list.messageId(), list.creationTime(), BatchListReader.INTERACTION, AcceptAckCodeValue.AL);
        message.getReceiver().add(V3.receiver(list.receiver()));
        message.setSender(V3.sender(list.sender()));
        PRMMIN010043NLControlActProcess act = new PRMMIN010043NLControlActProcess();
        act.setClassCode(nl.ddjgz.praeventis.hl7.v3.ControlActClass.CACT);
        act.setMoodCode("EVN");
        act.getAuthorOrPerformer().add(V3.authorOrPerformer(author));
        PRMMIN010043NLSubject subject = new PRMMIN010043NLSubject();
        subject.setTypeCode("SUBJ");
        subject.setProductList(productList(list));
        act.setSubject(subject);
        message.setControlActProcess(act);
        return Jaxb.marshal(FACTORY.createPRMMIN010043NL(message), false);
    }

    private ProductList productList(BatchListMessage list) {
        ProductList productList = new ProductList();
        productList.setClassCode("LIST");
        productList.setMoodCode("EVN");
        productList
                .getTemplateId()
                .add(V3.id(new nl.ddjgz.praeventis.hl7.v3.II(), new II(Oids.PRODUCT_LIST_TEMPLATE, null)));
        ProductListCode code = new ProductListCode();
        code.setCode(Oids.PRODUCT_LIST_CODE);
        code.setCodeSystem(Oids.SNOMED_CT);
        code.setDisplayName(PRODUCT_LIST_NAME);
        productList.setCode(code);
        IVLTS window = new IVLTS();
        if (list.listValidFrom() != null) {
            window.setLow(time(Hl7Time.format(list.listValidFrom(), Hl7Time.NETHERLANDS)));
        }
        if (list.listValidTo() != null) {
            window.setHigh(time(Hl7Time.format(list.listValidTo(), Hl7Time.NETHERLANDS)));
        }
        productList.setEffectiveTime(window);
        for (BatchListMessage.Entry entry : list.entries()) {
            productList.getProduct().add(product(entry));
        }
        return productList;
    }

    private ProductListProduct product(BatchListMessage.Entry entry) {
        ProductListProductInstance instance = new ProductListProductInstance();
        instance.setClassCode("MMAT");
        instance.setDeterminerCode("INSTANCE");
        ProductListBatchId id = new ProductListBatchId();
        // the official rules: a root, or nullFlavor UNC when the issuer's root is not known (as here)
        id.setNullFlavor(NullFlavor.UNC);
        id.setExtension(entry.batchNumber());
        instance.setId(id);
        if (entry.expiry() != null) {
            IVLTS expiration = new IVLTS();
            expiration.setHigh(time(Hl7Time.format(entry.expiry())));
            instance.setExpirationTime(expiration);
        }
        ProductListKindOfMaterialKind material = new ProductListKindOfMaterialKind();
        material.setClassCode("MAT");
        material.setDeterminerCode("KIND");
        material.setCode(vaccineType(entry.vaccineTypeCode()));
        ProductListAsInstanceOfKind asInstanceOfKind = new ProductListAsInstanceOfKind();
        asInstanceOfKind.setClassCode("INST");
        asInstanceOfKind.setKindOfMaterialKind(material);
        instance.setAsInstanceOfKind(asInstanceOfKind);
        ProductListInstanceOfKind instanceOfKind = new ProductListInstanceOfKind();
        instanceOfKind.setClassCode("INST");
        instanceOfKind.setProductInstanceInstance(instance);
        instanceOfKind.setKindOfProduct(kindOfProduct(entry));
        ProductListProduct product = new ProductListProduct();
        product.setTypeCode("PRD");
        product.setInstanceOfKind(instanceOfKind);
        return product;
    }

    private static CE vaccineType(String code) {
        CE ce = new CE();
        if (code == null) {
            ce.setNullFlavor(NullFlavor.OTH);
        } else {
            ce.setCode(code);
            ce.setCodeSystem(Oids.VACCINE_TYPE);
            ce.setDisplayName(W0422.displayName(code));
        }
        return ce;
    }

    private ProductListKindOfProduct kindOfProduct(BatchListMessage.Entry entry) {
        if (entry.productCode() == null && entry.productName() == null) {
            return null;
        }
        CE code = new CE();
        if (entry.productCode() != null) {
            code.setCode(entry.productCode());
            code.setCodeSystem(productCodeSystem);
            code.setDisplayName(entry.productName());
        } else {
            code.setNullFlavor(NullFlavor.OTH);
            code.setOriginalText(V3.text(new ED(), entry.productName()));
        }
        ProductListKindOfProduct kind = new ProductListKindOfProduct();
        kind.setClassCode(ProductListManufacturedMaterialClass.MMAT);
        kind.setDeterminerCode("KIND");
        kind.setCode(code);
        return kind;
    }

    private static IVXBTS time(String value) {
        IVXBTS ts = new IVXBTS();
        ts.setValue(value);
        return ts;
    }
}
