package kz.koshi.protection;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.koshi.access.Colleague;
import kz.koshi.access.Colleagues;
import kz.koshi.access.Role;
import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.audit.ReasonArg;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Who works on a case. A supervisor of the agency holding it (or that agency's system with
 * {@code protection:supervise}) reassigns it among the agency's social workers with a coded reason; the
 * new workers see it in their caseload, the ones taken off lose access. Each change is audited and kept on
 * the timeline; a refusal is audited and changes nothing.
 */
@Component
class Assignments {

    private final CaseRepository cases;
    private final AccessRepository access;
    private final CaseAccess caseAccess;
    private final Colleagues colleagues;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final Clock clock;

    Assignments(CaseRepository cases, AccessRepository access, CaseAccess caseAccess, Colleagues colleagues, Timeline timeline,
                AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.caseAccess = caseAccess;
        this.colleagues = colleagues;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    /** The social workers of an agency, who may be assigned its cases. */
    List<Colleague> team(String agency) {
        return colleagues.withRole(agency, Role.SOCIAL_WORKER);
    }

    /** Each social worker of the agency with the number of its open cases they work on, the busiest first. */
    List<SupervisorReport.Workload> workload(String agency) {
        Map<Long, Long> open = access.openCasesPerWorker(agency);
        return team(agency).stream()
                .map(c -> new SupervisorReport.Workload(c.officerId(), c.fullName(), open.getOrDefault(c.officerId(), 0L)))
                .sorted(Comparator.comparingLong(SupervisorReport.Workload::openCases).reversed()).toList();
    }

    /** The workers on a case with their names (a worker no longer enabled keeps the case until reassigned). */
    List<CaseFile.Worker> workers(CaseRow c) {
        Map<Long, String> names = team(c.ownerAgency()).stream()
                .collect(Collectors.toMap(Colleague::officerId, Colleague::fullName));
        return access.workers(c.id()).entrySet().stream()
                .map(w -> new CaseFile.Worker(w.getKey(), names.get(w.getKey()), w.getValue())).toList();
    }

    void reassign(long caseId, Reassignment r) {
        CaseRow c = cases.find(caseId).filter(x -> Actor.current().supervises(x.ownerAgency()))
                .orElseThrow(() -> caseAccess.denied(caseId, "CASE_ASSIGNMENT_DENIED"));
        Map<Long, Colleague> team = team(c.ownerAgency()).stream().collect(Collectors.toMap(Colleague::officerId, Function.identity()));
        if (!team.keySet().containsAll(r.workers())) {
            throw new DomainProblem(ProblemType.VALIDATION, "workers", "protection.assignment.not-a-worker");
        }
        Set<Long> current = access.workers(caseId).keySet();
        Set<Long> added = new LinkedHashSet<>(r.workers());
        added.removeAll(current);
        Set<Long> removed = new LinkedHashSet<>(current);
        removed.removeAll(r.workers());
        if (added.isEmpty() && removed.isEmpty()) {
            throw new DomainProblem(ProblemType.CONFLICT, "workers", "protection.assignment.unchanged");
        }
        Instant now = clock.instant();
        added.forEach(id -> access.assign(caseId, id, now));
        removed.forEach(id -> access.unassign(caseId, id));
        timeline.record(caseId, "ASSIGNMENT_CHANGED", r.reason());
        added.forEach(id -> timeline.record(caseId, "WORKER_ASSIGNED", team.get(id).fullName()));
        removed.forEach(id -> timeline.record(caseId, "WORKER_UNASSIGNED", team.containsKey(id) ? team.get(id).fullName() : "#" + id));
        audit.record(AuditEvent.success("CASE_REASSIGNED", "protection_case", caseId)
                .because(AuditReason.of("reassigned", ReasonArg.label("protection.assignment-reason.", r.reason()),
                        ReasonArg.id(ids(added)), ReasonArg.id(ids(removed)))));
    }

    /** Officers' ids for an audit reason: "3, 7". */
    private static String ids(Set<Long> officers) {
        return officers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
