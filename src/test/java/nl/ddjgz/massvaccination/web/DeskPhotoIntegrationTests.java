package nl.ddjgz.massvaccination.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Children;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.massvaccination.ExpectedList;
import nl.ddjgz.massvaccination.MassVaccinationServices;
import nl.ddjgz.massvaccination.MassVaccinationSession;
import nl.ddjgz.massvaccination.SessionMode;
import nl.ddjgz.massvaccination.SessionSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A desk without a scanner sends a photo of the call card: read as a scan, or refused without storing anything. */
@IntegrationTest
class DeskPhotoIntegrationTests extends MassVaccinationServices {

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private MassVaccinationSession session;
    private ChildDossier child;

    @BeforeEach
    void sessionWithOneExpectedChild() {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("arts", "x", "ROLE_JGZ_PROFESSIONAL"));
        Long location = jdbc.queryForObject("select min(id) from location where active", Long.class);
        session = sessionSetup.setUp(new SessionSetup.Setup(
                today,
                location,
                SessionMode.BEFOREHAND,
                List.of(new SessionSetup.Setup.Vaccine("09", "CX241A")),
                false,
                false));
        child = dossiers.open(Children.born(today.minusYears(10).minusDays(5)));
        String csv = "bsn;achternaam;voornamen;geboortedatum\n" + child.getBsn().value() + ";"
                + child.getFamilyName() + ";;" + child.getBirthDate().format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                + "\n";
        ExpectedList.ImportPreview preview =
                expectedList.previewImport(session.getId(), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(expectedList.confirmImport(session.getId(), preview.importId()))
                .isEqualTo(1);
    }

    @AfterEach
    void forgetLogin() {
        SecurityContextHolder.clearContext();
    }

    private Visitor atDesk() {
        Visitor assistant = new Visitor(port);
        assistant.login("assistent", "demo-wachtwoord");
        HttpResponse<String> desk = assistant.get(desk());
        assertThat(desk.body()).contains("capture=\"environment\"").contains("Maak een foto van de oproepkaart");
        return assistant;
    }

    private String desk() {
        return "/massvaccination/" + session.getId() + "/desk?balie=4";
    }

    private int scansInSession() {
        return jdbc.queryForObject(
                "select count(*) from mass_scan where session_id = ?", Integer.class, session.getId());
    }

    private HttpResponse<String> sendPhoto(Visitor visitor, byte[] png) {
        return visitor.postMultipart(
                "/massvaccination/" + session.getId() + "/desk/photo",
                Map.of("balie", "4"),
                "photo",
                "kaart.png",
                "image/png",
                png);
    }

    /** The call card's barcode as a camera would see it: on a larger white card, not at the image's edge. */
    private static byte[] photoOfCard(byte[] barcode) throws IOException {
        BufferedImage code = ImageIO.read(new java.io.ByteArrayInputStream(barcode));
        BufferedImage card =
                new BufferedImage(code.getWidth() + 200, code.getHeight() + 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, card.getWidth(), card.getHeight());
        g.drawImage(code, 100, 150, null);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(card, "PNG", png);
        return png.toByteArray();
    }

    @Test
    void aPhotoOfTheCallCardRegistersTheChildOnce() throws IOException {
        Visitor assistant = atDesk();
        byte[] photo = photoOfCard(CallCardBarcode.png(child.getBsn().value()));

        HttpResponse<String> sent = sendPhoto(assistant, photo);
        assertThat(Visitor.location(sent)).isEqualTo(desk());
        HttpResponse<String> answered = assistant.get(desk());
        assertThat(answered.body()).contains("scan-GREEN").contains(child.fullName());

        // the same card photographed again: the same answer as a second scan, still registered once
        sendPhoto(assistant, photo);
        HttpResponse<String> again = assistant.get(desk());
        assertThat(again.body()).contains("id=\"last-answer\"").contains("Al gescand");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mass_scan where session_id = ? and counted and dossier_id = ?",
                        Integer.class,
                        session.getId(),
                        child.getId()))
                .isEqualTo(1);
    }

    @Test
    void aPhotoWithoutBarcodeIsRefusedInDutchAndNothingIsStored() throws IOException {
        Visitor assistant = atDesk();
        BufferedImage blank = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(blank, "PNG", png);

        HttpResponse<String> sent = sendPhoto(assistant, png.toByteArray());
        assertThat(Visitor.location(sent)).isEqualTo(desk());
        HttpResponse<String> refused = assistant.get(desk());
        assertThat(refused.body()).contains("id=\"photo-error\"").contains("Op de foto is geen streepjescode te lezen");
        assertThat(refused.body()).contains("of typ het BSN.").doesNotContain("typ het INSZ");
        assertThat(refused.body()).doesNotContain("id=\"last-answer\"");

        HttpResponse<String> notAnImage = sendPhoto(assistant, "geen plaatje".getBytes(StandardCharsets.UTF_8));
        assertThat(Visitor.location(notAnImage)).isEqualTo(desk());
        assertThat(assistant.get(desk()).body()).contains("Op de foto is geen streepjescode te lezen");
        assertThat(scansInSession()).isZero();
    }

    /** 60 bytes of PNG that declare a 100,000 x 100,000 pixel image: refused from the header, nothing decoded. */
    @Test
    void aPhotoDeclaringAHugeImageIsRefusedBeforeDecodingAndNothingIsStored() {
        Visitor assistant = atDesk();
        HttpResponse<String> sent = sendPhoto(assistant, pngHeaderOnly(100_000, 100_000));
        assertThat(Visitor.location(sent)).isEqualTo(desk());
        HttpResponse<String> refused = assistant.get(desk());
        assertThat(refused.body())
                .contains("id=\"photo-error\"")
                .contains("De foto is te groot (meer dan 40 megapixel). Er is niets opgeslagen");
        assertThat(scansInSession()).isZero();
    }

    private static byte[] pngHeaderOnly(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        java.util.zip.CRC32 end = new java.util.zip.CRC32();
        end.update("IEND".getBytes(StandardCharsets.US_ASCII));
        png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt((int) end.getValue());
        return png.array();
    }
}
