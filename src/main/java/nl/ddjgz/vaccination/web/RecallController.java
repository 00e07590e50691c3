package nl.ddjgz.vaccination.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.schedule.VaccinationSchedule;
import nl.ddjgz.shared.CsvWriter;
import nl.ddjgz.vaccination.Vaccination;
import nl.ddjgz.vaccination.VaccinationHistory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** A recall: every child who received a given batch number, printable and as CSV. */
@Controller
@RequestMapping("/recall")
class RecallController {

    private final VaccinationHistory history;
    private final VaccinationSchedule schedule;
    private final Dossiers dossiers;

    RecallController(VaccinationHistory history, VaccinationSchedule schedule, Dossiers dossiers) {
        this.history = history;
        this.schedule = schedule;
        this.dossiers = dossiers;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("recallForm", new Forms.RecallForm(""));
        return "vaccination/recall";
    }

    @PostMapping
    String list(@Valid Forms.RecallForm recallForm, BindingResult result, Model model) {
        model.addAttribute("recallForm", recallForm);
        if (result.hasErrors()) {
            return "vaccination/recall";
        }
        List<Row> rows = rows(recallForm.batchNumber());
        model.addAttribute("rows", rows);
        model.addAttribute(
                "vaccineNames",
                rows.stream()
                        .map(r -> r.vaccination().getVaccineType())
                        .distinct()
                        .collect(Collectors.toMap(Function.identity(), schedule::vaccineName)));
        return "vaccination/recall";
    }

    /** The same list as CSV (semicolon-separated, UTF-8 with BOM so spreadsheet programs read it as Dutch users expect). */
    @PostMapping("/csv")
    void csv(@Valid Forms.RecallForm recallForm, BindingResult result, HttpServletResponse response)
            throws IOException {
        if (result.hasErrors()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        CsvWriter csv = CsvWriter.semicolons()
                .row(
                        "dossiernummer",
                        "bsn",
                        "naam",
                        "geboortedatum",
                        "vaccinsoort",
                        "vaccinatiedatum",
                        "partijnummer",
                        "akkoord door");
        for (Row row : rows(recallForm.batchNumber())) {
            csv.row(
                    String.valueOf(row.child().getDossierNumber()),
                    row.child().hasBsn() ? row.child().getBsn().value() : "",
                    row.child().fullName(),
                    row.child().getBirthDate().toString(),
                    schedule.vaccineName(row.vaccination().getVaccineType()),
                    row.vaccination().getVaccinationDate().toString(),
                    row.vaccination().getBatchNumber(),
                    row.vaccination().getApprovedBy());
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"terugroeplijst.csv\"");
        response.getOutputStream().write(csv.bytes(StandardCharsets.UTF_8, true));
    }

    private List<Row> rows(String batchNumber) {
        List<Vaccination> given = history.recall(batchNumber);
        Map<UUID, ChildDossier> children = given.stream()
                .map(Vaccination::getDossierId)
                .distinct()
                .map(dossiers::get)
                .collect(Collectors.toMap(ChildDossier::getId, Function.identity()));
        return given.stream()
                .map(v -> new Row(v, children.get(v.getDossierId())))
                .toList();
    }

    /** One child who received the batch. */
    record Row(Vaccination vaccination, ChildDossier child) {}
}
