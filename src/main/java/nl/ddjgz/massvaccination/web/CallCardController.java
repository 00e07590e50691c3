package nl.ddjgz.massvaccination.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.massvaccination.ExpectedChild;
import nl.ddjgz.massvaccination.MassVaccinations;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Printable call cards (oproepkaarten) for the expected children, each with a Code 128 barcode holding the nine BSN
 * digits (rules.md §7), so the desk can be tried with a real scanner. The barcode is a PNG addressed by the expected
 * child's id: the BSN never appears in a URL.
 */
@Controller
class CallCardController {

    private final MassVaccinations massVaccinations;

    CallCardController(MassVaccinations massVaccinations) {
        this.massVaccinations = massVaccinations;
    }

    @GetMapping("/massvaccination/{id}/cards")
    String cards(@PathVariable UUID id, Model model) {
        model.addAttribute("massSession", massVaccinations.get(id));
        model.addAttribute("children", massVaccinations.expectedChildren(id));
        return "massvaccination/cards";
    }

    @GetMapping(value = "/massvaccination/{id}/cards/{childId}/barcode.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> barcode(@PathVariable UUID id, @PathVariable UUID childId) throws IOException {
        ExpectedChild child = massVaccinations.expectedChild(id, childId);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(code128(child.bsn()));
    }

    /** A Code 128 barcode of the text as PNG, with a quiet zone, 2 pixels a module, 80 pixels high. */
    static byte[] code128(String text) throws IOException {
        BitMatrix matrix =
                new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 80, Map.of(EncodeHintType.MARGIN, 10));
        BitMatrix wide = new BitMatrix(matrix.getWidth() * 2, matrix.getHeight());
        for (int x = 0; x < matrix.getWidth(); x++) {
            if (matrix.get(x, 0)) {
                wide.setRegion(x * 2, 0, 2, matrix.getHeight());
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        MatrixToImageWriter.writeToStream(wide, "PNG", png);
        return png.toByteArray();
    }
}
