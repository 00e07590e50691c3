package nl.ddjgz.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.praeventis.hl7.BatchListMessage;
import nl.ddjgz.praeventis.hl7.BatchListXml;
import nl.ddjgz.praeventis.hl7.Soap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The register pushes the batch list over SOAP; an administrator uploads it by hand. Each new list keeps every
 * number of the current one (other tests use the demo numbers) and adds its own.
 */
@IntegrationTest
class BatchListIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    BatchNumbers batchNumbers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

    /** The current list's entries plus one extra number. */
    private byte[] currentListPlus(String extraBatch) {
        List<BatchListMessage.Entry> entries = new ArrayList<>(jdbc.query(
                "select batch_number, expiry_date, vaccine_type, product_code, product_name from batch_number"
                        + " where list_id = (select max(id) from batch_list)",
                (rs, i) -> new BatchListMessage.Entry(
                        rs.getString(1),
                        rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5))));
        entries.add(new BatchListMessage.Entry(extraBatch, today.plusYears(1), "09", null, "Cervarix"));
        return BatchListXml.write(BatchListXml.message(entries));
    }

    @Test
    void everyValueOfAListIsStoredAsItArrivedNullsBackslashesTabsAndLineBreaksIncluded() {
        List<BatchEntry> entries = new ArrayList<>(StoredBatchEntries.ofTheLatestList(jdbc));
        String number = "BS" + System.nanoTime() % 100000;
        BatchEntry odd = new BatchEntry("09", " " + number + " ", null, "P\\N", "a\ttab, a \\N, a\nline\r\\");
        BatchEntry bare = new BatchEntry(null, number + "B", LocalDate.of(2027, 2, 28), null, null);
        entries.add(odd);
        entries.add(bare);

        BatchListInfo stored = batchNumbers.replaceList(
                new ReceivedBatchList("odd-values", null, null, entries), BatchSource.UPLOAD, "beheerder");

        assertThat(stored.entryCount()).isEqualTo(entries.size());
        assertThat(jdbc.queryForObject(
                        "select count(*) from batch_number where list_id = ?", Integer.class, stored.id()))
                .isEqualTo(entries.size());
        List<BatchEntry> read = StoredBatchEntries.numbered(jdbc, stored.id(), number);
        assertThat(read)
                .containsExactly(new BatchEntry("09", number, null, "P\\N", "a\ttab, a \\N, a\nline\r\\"), bare);
        assertThat(batchNumbers.check("09", number.toLowerCase(), today).outcome())
                .isEqualTo(BatchCheck.Outcome.EXPIRY_UNKNOWN);
    }

    @Test
    void theRegisterPushesAListOverSoapAndGetsAnAcceptAcknowledgement() {
        long before = batchNumbers.currentList().orElseThrow().id();
        String extra = "CX" + System.nanoTime() % 100000;

        HttpResponse<String> answer = new Visitor(port)
                .postBytes(
                        "/praeventis/batch-list",
                        "text/xml",
                        Soap.envelope(currentListPlus(extra)),
                        "praeventis",
                        "demo-praeventis");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("MCCI_IN000002").contains("typeCode=\"CA\"");
        BatchListInfo current = batchNumbers.currentList().orElseThrow();
        assertThat(current.id()).isGreaterThan(before);
        assertThat(current.source()).isEqualTo(BatchSource.REGISTER);
        assertThat(batchNumbers.check("09", extra.toLowerCase(), today).outcome())
                .isEqualTo(BatchCheck.Outcome.VALID);
        assertThat(batchNumbers.history(50)).extracting(BatchListInfo::id).contains(before);
    }

    @Test
    void aSchemaInvalidListIsRefusedWithAnErrorAcknowledgementAndTheCurrentListStays() {
        long before = batchNumbers.currentList().orElseThrow().id();
        byte[] invalid = new String(currentListPlus("X1"), StandardCharsets.UTF_8)
                .replace("PRMM_IN010043NL</", "PRMM_IN010043NL_BROKEN</")
                .replaceFirst("<id ", "<idd ")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = new Visitor(port)
                .postBytes(
                        "/praeventis/batch-list", "text/xml", Soap.envelope(invalid), "praeventis", "demo-praeventis");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("typeCode=\"CR\"");
        assertThat(batchNumbers.currentList().orElseThrow().id()).isEqualTo(before);
        HttpResponse<String> garbage = new Visitor(port)
                .postBytes("/praeventis/batch-list", "text/xml", "no xml".getBytes(), "praeventis", "demo-praeventis");
        assertThat(garbage.body()).contains("typeCode=\"CR\"");
        assertThat(batchNumbers.currentList().orElseThrow().id()).isEqualTo(before);
    }

    @Test
    void onlyTheRegisterMayPushAList() {
        long before = batchNumbers.currentList().orElseThrow().id();
        Visitor visitor = new Visitor(port);
        byte[] list = Soap.envelope(currentListPlus("X2"));
        assertThat(visitor.postBytes("/praeventis/batch-list", "text/xml", list, null, null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(visitor.postBytes("/praeventis/batch-list", "text/xml", list, "praeventis", "wrong")
                        .statusCode())
                .isEqualTo(401);
        assertThat(visitor.postBytes("/praeventis/batch-list", "text/xml", list, "arts", "demo-wachtwoord")
                        .statusCode())
                .isIn(401, 403);
        assertThat(batchNumbers.currentList().orElseThrow().id()).isEqualTo(before);
    }

    @Test
    void anAdministratorUploadsTheSameFileAndSeesDateSizeAndSource() {
        Visitor admin = new Visitor(port);
        admin.login("beheerder", "demo-wachtwoord");
        admin.get("/admin/batches");
        String extra = "UP" + System.nanoTime() % 100000;

        HttpResponse<String> upload = admin.postFile("/admin/batches", "file", "lijst.xml", currentListPlus(extra));
        assertThat(Visitor.location(upload)).isEqualTo("/admin/batches");
        String page = admin.get("/admin/batches").body();
        assertThat(page).contains("De lijst is ingelezen", "Handmatig ingelezen", "beheerder");
        assertThat(batchNumbers.currentList().orElseThrow().source()).isEqualTo(BatchSource.UPLOAD);

        admin.postFile("/admin/batches", "file", "kapot.xml", "<PRMM_IN010043NL/>".getBytes());
        assertThat(admin.get("/admin/batches").body()).contains("De lijst is geweigerd");
        assertThat(batchNumbers.currentList().orElseThrow().source()).isEqualTo(BatchSource.UPLOAD);
    }

    /** The inbound limit (5 MB by default) holds whether the sender announces the length or sends chunks. */
    @Test
    void aBodyOverTheLimitIsRefusedWithA413AndADutchTextBeforeAnythingParsesIt() throws Exception {
        long before = jdbc.queryForObject("select count(*) from batch_list", Long.class);
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'x');
        HttpResponse<String> announced = new Visitor(port)
                .postBytes("/praeventis/batch-list", "text/xml", huge, "praeventis", "demo-praeventis");
        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(announced.body()).contains("Het bericht is te groot", "5.120 kB", "Er is niets verwerkt.");

        java.net.http.HttpRequest chunked = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/praeventis/batch-list"))
                .header("Content-Type", "text/xml")
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString("praeventis:demo-praeventis".getBytes(StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge)))
                .build();
        HttpResponse<String> streamed =
                java.net.http.HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(streamed.body()).contains("Het bericht is te groot");
        assertThat(jdbc.queryForObject("select count(*) from batch_list", Long.class))
                .isEqualTo(before);
    }
}
