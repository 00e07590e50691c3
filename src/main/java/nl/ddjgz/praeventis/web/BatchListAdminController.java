package nl.ddjgz.praeventis.web;

import java.io.IOException;
import java.time.Clock;
import nl.ddjgz.batch.BatchNumbers;
import nl.ddjgz.batch.BatchSource;
import nl.ddjgz.praeventis.BatchListReceipt;
import nl.ddjgz.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's batch-list page: the current list (date, size, source), the history, and a manual upload. */
@Controller
@RequestMapping("/admin/batches")
class BatchListAdminController {

    private static final int HISTORY = 14;

    private final BatchNumbers batchNumbers;
    private final BatchListReceipt receipt;
    private final Clock clock;

    BatchListAdminController(BatchNumbers batchNumbers, BatchListReceipt receipt, Clock clock) {
        this.batchNumbers = batchNumbers;
        this.receipt = receipt;
        this.clock = clock;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("freshness", batchNumbers.freshness());
        model.addAttribute("lists", batchNumbers.history(HISTORY));
        model.addAttribute("zone", clock.getZone());
        return "batch/lists";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("uploadErrors", java.util.List.of());
            redirect.addFlashAttribute("flashError", "batch.upload.empty");
            return "redirect:/admin/batches";
        }
        BatchListReceipt.Receipt result = receipt.receive(file.getBytes(), BatchSource.UPLOAD, Actor.name());
        if (result.accepted()) {
            redirect.addFlashAttribute("flash", "batch.upload.accepted");
        } else {
            redirect.addFlashAttribute("flashError", "batch.upload.refused");
            redirect.addFlashAttribute(
                    "uploadErrors",
                    result.errors().stream().map(Object::toString).limit(20).toList());
        }
        return "redirect:/admin/batches";
    }
}
