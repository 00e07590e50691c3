package nl.ddjgz.massvaccination.web;

import java.io.IOException;
import java.util.UUID;
import nl.ddjgz.massvaccination.ExpectedChild;
import nl.ddjgz.massvaccination.ExpectedList;
import nl.ddjgz.massvaccination.SessionSetup;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Printable call cards (oproepkaarten) for the expected children, each with a Code 128 barcode holding the nine BSN
 * digits (rules.md §7), or the eleven INSZ digits at a Belgian organisation, so the desk can be tried with a real
 * scanner. The barcode is a PNG addressed by the expected child's id: the BSN or INSZ never appears in a URL.
 */
@Controller
class CallCardController {

    private final SessionSetup sessionSetup;
    private final ExpectedList expectedList;

    CallCardController(SessionSetup sessionSetup, ExpectedList expectedList) {
        this.sessionSetup = sessionSetup;
        this.expectedList = expectedList;
    }

    @GetMapping("/massvaccination/{id}/cards")
    String cards(@PathVariable UUID id, Model model) {
        model.addAttribute("massSession", sessionSetup.get(id));
        model.addAttribute("children", expectedList.expectedChildren(id));
        // a card of a child without a dossier here says so, as the desk does
        model.addAttribute(
                "withoutDossier",
                expectedList.missingDossiers(id).stream()
                        .map(ExpectedChild::id)
                        .collect(java.util.stream.Collectors.toSet()));
        return "massvaccination/cards";
    }

    @GetMapping(value = "/massvaccination/{id}/cards/{childId}/barcode.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> barcode(@PathVariable UUID id, @PathVariable UUID childId) throws IOException {
        ExpectedChild child = expectedList.expectedChild(id, childId);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.IMAGE_PNG)
                .body(CallCardBarcode.png(child.identifier()));
    }
}
