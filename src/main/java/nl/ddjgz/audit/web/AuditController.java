package nl.ddjgz.audit.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditEvent;
import nl.ddjgz.audit.AuditTrail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The administrator's audit page: query by dossier number, user and period. The filter is posted (a dossier number
 * is personal data too), and the query itself is audited.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final int PAGE_SIZE = 50;
    private final AuditTrail trail;
    private final Clock clock;

    AuditController(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        LocalDate today = LocalDate.now(clock);
        AuditQueryForm form = new AuditQueryForm(null, "", today.minusDays(7), today, 0);
        return query(form, null, model);
    }

    @PostMapping
    String query(@Valid AuditQueryForm auditQueryForm, BindingResult result, Model model) {
        model.addAttribute("auditQueryForm", auditQueryForm);
        if (result != null && result.hasErrors()) {
            return "audit/query";
        }
        if (auditQueryForm.to().isBefore(auditQueryForm.from())) {
            if (result != null) {
                result.rejectValue("to", "audit.period.invalid");
            }
            return "audit/query";
        }
        ZoneId zone = clock.getZone();
        int page = auditQueryForm.page() == null ? 0 : auditQueryForm.page();
        Page<AuditEvent> events = trail.query(
                auditQueryForm.dossierNumber(),
                auditQueryForm.username(),
                auditQueryForm.from().atStartOfDay(zone).toInstant(),
                auditQueryForm.to().plusDays(1).atStartOfDay(zone).toInstant(),
                PageRequest.of(page, PAGE_SIZE));
        trail.record(AuditAction.AUDIT_QUERY, null, describe(auditQueryForm));
        model.addAttribute("events", events);
        model.addAttribute("zone", zone);
        return "audit/query";
    }

    /** What was asked, for the audit line of the query itself. */
    private static String describe(AuditQueryForm form) {
        StringBuilder text = new StringBuilder("period " + form.from() + ".." + form.to());
        if (form.dossierNumber() != null) {
            text.append(", dossier ").append(form.dossierNumber());
        }
        if (form.username() != null && !form.username().isBlank()) {
            text.append(", user ").append(form.username().strip());
        }
        return text.toString();
    }
}
