package nl.ddjgz.vaccinnet.kmehr;

import java.util.function.UnaryOperator;
import nl.ddjgz.shared.xml.ClasspathSchema;
import nl.ddjgz.shared.xml.JaxbXml;
import nl.ddjgz.shared.xml.XmlErrors;
import nl.ddjgz.vaccinnet.kmehr.v1.ObjectFactory;

/** Our compiled KMEHR schema and the JAXB context of its generated classes, made once. */
final class KmehrSchema {

    static final ClasspathSchema SCHEMA = ClasspathSchema.compile(Kmehr.SCHEMA_LOCATION, Kmehr.SCHEMA_FILE);

    static final JaxbXml JAXB = JaxbXml.of(ObjectFactory.class);

    static final ObjectFactory FACTORY = new ObjectFactory();

    /** Masks every run of 9 or more digits (an INSZ, a NIHII, a BSN) in parser and validator texts. */
    static final UnaryOperator<String> MASK = XmlErrors.maskDigitRuns(9, Integer.MAX_VALUE);

    private KmehrSchema() {}
}
