package nl.ddjgz.praeventis.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchListWriterTests {

    @Test
    void writesAListTheSchemaAccepts() {
        byte[] xml = BatchListXml.withEntries(25);

        assertThat(Hl7Schemas.get().validate(xml, "PRMM_IN010043NL")).isEmpty();
        assertThat(Hl7Samples.xpath(xml, "count(//hl7:product)")).isEqualTo("25");
        assertThat(Hl7Samples.xpath(xml, "/hl7:PRMM_IN010043NL/hl7:interactionId/@extension"))
                .isEqualTo("PRMM_IN010043NL");
        assertThat(Hl7Samples.xpath(xml, "/hl7:PRMM_IN010043NL/hl7:acceptAckCode/@code"))
                .isEqualTo("AL");
        assertThat(Hl7Samples.xpath(xml, "//hl7:ProductList/hl7:templateId/@root"))
                .isEqualTo("2.16.840.1.113883.2.4.6.10.100.140");
        assertThat(Hl7Samples.xpath(xml, "//hl7:ProductList/hl7:effectiveTime/hl7:low/@value"))
                .isEqualTo("20260301020000");
        assertThat(Hl7Samples.xpath(xml, "//hl7:AssignedDevice/hl7:Organization/hl7:addr/hl7:city"))
                .isEqualTo("Bilthoven");
        assertThat(Hl7Samples.xpath(xml, "//hl7:interactionId/@*[local-name()='type']"))
                .isEmpty();
    }

    @Test
    void leavesOutTheExpiryWhenThereIsNone() {
        byte[] xml = BatchListXml.write(BatchListXml.message(
                List.of(new BatchListMessage.Entry("DKTPA00001", null, "11", "VAX11", "Vaxelis"))));

        assertThat(Hl7Samples.xpath(xml, "count(//hl7:expirationTime)")).isEqualTo("0");
        assertThat(new BatchListReader().read(xml).entries().get(0).expiry()).isNull();
    }

    @Test
    void writesAnUncodedProductAsOtherWithItsName() {
        byte[] xml = BatchListXml.write(BatchListXml.message(List.of(
                new BatchListMessage.Entry("BMR12345", LocalDate.of(2026, 11, 30), "04", null, "M-M-RvaxPro"))));

        assertThat(Hl7Samples.xpath(xml, "//hl7:kindOfProduct/hl7:code/@nullFlavor"))
                .isEqualTo("OTH");
        assertThat(Hl7Samples.xpath(xml, "//hl7:kindOfProduct/hl7:code/hl7:originalText"))
                .isEqualTo("M-M-RvaxPro");
        assertThat(Hl7Samples.xpath(xml, "//hl7:expirationTime/hl7:high/@value"))
                .isEqualTo("20261130");
    }

    @Test
    void writesAnUncodedVaccineTypeAsOther() {
        byte[] xml = BatchListXml.write(
                BatchListXml.message(List.of(new BatchListMessage.Entry("RSV0042", null, null, "RSV01", "Beyfortus"))));

        assertThat(Hl7Samples.xpath(xml, "//hl7:kindOfMaterialKind/hl7:code/@nullFlavor"))
                .isEqualTo("OTH");
        assertThat(new BatchListReader().read(xml).entries().get(0).vaccineTypeCode())
                .isNull();
    }

    @Test
    void refusesAnEmptyList() {
        assertThatThrownBy(() -> BatchListXml.write(BatchListXml.message(List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a batch list has at least one entry");
    }

    @Test
    void theFixtureCyclesOverTheRvpVaccineTypes() {
        List<BatchListMessage.Entry> entries = BatchListXml.entries(16);

        assertThat(entries)
                .extracting(BatchListMessage.Entry::vaccineTypeCode)
                .containsExactly(
                        "11", "08", "29", "04", "28", "09", "13", "02", "11", "08", "29", "04", "28", "09", "13", "02");
        assertThat(entries.get(0).batchNumber()).isEqualTo("DKTPA00000AB");
        assertThat(entries.get(6).expiry()).isNull();
        assertThat(entries.get(9).productCode()).isNull();
        assertThat(entries.get(9).productName()).isEqualTo("Prevenar 13 (import)");
        assertThat(BatchListXml.entries(20_000))
                .extracting(BatchListMessage.Entry::batchNumber)
                .doesNotHaveDuplicates();
    }
}
