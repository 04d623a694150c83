package kz.koshi.protection;

import java.util.LinkedHashMap;
import java.util.Map;

import kz.koshi.audit.AuditEvent;
import kz.koshi.audit.AuditReason;
import kz.koshi.audit.AuditTrail;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * A person's own data, on a lawful request, exported by a supervisor of the agency holding the case:
 * the whole case file (notes included, decrypted) and the person's record in the registry. Audited with
 * the request's basis.
 */
@Component
class SubjectExport {

    private final CaseFiles files;
    private final PersonRegistry persons;
    private final AuditTrail audit;

    SubjectExport(CaseFiles files, PersonRegistry persons, AuditTrail audit) {
        this.files = files;
        this.persons = persons;
        this.audit = audit;
    }

    Map<String, Object> export(long caseId, SubjectRequest request) {
        CaseFile file = files.read(caseId);
        if (!Actor.current().supervisorOf(file.ownerAgency())) {
            throw new DomainProblem(ProblemType.FORBIDDEN, "protection.subject.supervisor-only");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("basis", request.basis());
        out.put("person", Map.of("personNumber", file.personNumber(), "name", persons.name(file.personNumber()).orElse("")));
        out.put("case", file);
        audit.record(AuditEvent.success("SUBJECT_DATA_EXPORTED", "protection_case", caseId).because(AuditReason.of("lawful-request")));
        return out;
    }
}
