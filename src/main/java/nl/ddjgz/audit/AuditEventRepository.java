package nl.ddjgz.audit;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    AuditEvent save(AuditEvent event);

    /** The lines matching the filter (any of dossier number and user may be null), newest first. */
    default Page<AuditEvent> query(Long dossierNumber, String username, Instant from, Instant to, Pageable page) {
        Specification<AuditEvent> filter = (root, query, cb) ->
                cb.and(cb.greaterThanOrEqualTo(root.get("occurredAt"), from), cb.lessThan(root.get("occurredAt"), to));
        if (dossierNumber != null) {
            filter = filter.and((root, query, cb) -> cb.equal(root.get("dossierNumber"), dossierNumber));
        }
        if (username != null && !username.isBlank()) {
            String lower = username.strip().toLowerCase();
            filter = filter.and((root, query, cb) -> cb.equal(cb.lower(root.get("username")), lower));
        }
        Pageable sorted = PageRequest.of(
                page.getPageNumber(),
                page.getPageSize(),
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        return findAll(filter, sorted);
    }
}
