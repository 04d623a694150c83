package kz.koshi.protection.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import kz.koshi.access.OfficerPrincipal;
import kz.koshi.access.Role;
import kz.koshi.employment.ContactChannel;
import kz.koshi.employment.Language;
import kz.koshi.protection.AssignmentReason;
import kz.koshi.protection.CaseFile;
import kz.koshi.protection.CaseManagement;
import kz.koshi.protection.CaseStatus;
import kz.koshi.protection.CaseSupervision;
import kz.koshi.protection.ClosureReason;
import kz.koshi.shared.CriminalArticles;
import kz.koshi.shared.CriminalStage;
import kz.koshi.protection.DeclineReason;
import kz.koshi.protection.FollowUpChannel;
import kz.koshi.protection.NewOutcome;
import kz.koshi.protection.OutcomeKind;
import kz.koshi.protection.PartyKind;
import kz.koshi.protection.PartyRole;
import kz.koshi.protection.ReferralMechanism;
import kz.koshi.protection.ReferralStatus;
import kz.koshi.protection.RepresentativeRelation;
import kz.koshi.protection.ServiceType;
import kz.koshi.protection.SubjectRequest;
import kz.koshi.protection.rules.ChildRule;
import kz.koshi.protection.rules.ExtensionReason;
import kz.koshi.protection.rules.ResidenceCategory;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The case page: who, the protections, the timeline, plan, services, referrals, outcomes and the forms to act. */
@Controller
@RequestMapping("/protection/cases")
class CaseController {

    private final CaseManagement cases;
    private final ReferralMechanism referrals;
    private final CaseSupervision supervision;
    private final ReferenceData reference;
    private final KazakhstanCalendar calendar;

    CaseController(CaseManagement cases, ReferralMechanism referrals, CaseSupervision supervision, ReferenceData reference,
                   KazakhstanCalendar calendar) {
        this.calendar = calendar;
        this.cases = cases;
        this.referrals = referrals;
        this.supervision = supervision;
        this.reference = reference;
    }

    @GetMapping("/{id}")
    String casePage(@PathVariable long id, @AuthenticationPrincipal OfficerPrincipal officer, Model model) {
        CaseFile file = cases.caseFile(id);
        if (officer.has(Role.CASE_SUPERVISOR) && officer.agencyCode().equals(file.ownerAgency())) {
            model.addAttribute("team", supervision.team());
            model.addAttribute("assignmentReasons", AssignmentReason.values());
            model.addAttribute("assigned", file.workers().stream().map(CaseFile.Worker::officerId).collect(Collectors.toSet()));
        }
        model.addAttribute("c", file);
        model.addAttribute("today", calendar.today());
        model.addAttribute("admissible", file.status() == CaseStatus.REFERRED && file.referrals().stream()
                .anyMatch(r -> r.status() == ReferralStatus.ACCEPTED && r.toAgency().equals(file.ownerAgency())));
        model.addAttribute("centres", referrals.centresFor(Set.of(), file.regionCode()));
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("noServices", Set.of());
        model.addAttribute("childToday", ChildRule.isChild(file.birthDate(), calendar.today()));
        model.addAttribute("relations", RepresentativeRelation.values());
        model.addAttribute("residences", ResidenceCategory.values());
        model.addAttribute("declineReasons", DeclineReason.values());
        model.addAttribute("extensionReasons", ExtensionReason.values());
        model.addAttribute("outcomeKinds", OutcomeKind.values());
        model.addAttribute("articles", CriminalArticles.TRAFFICKING.stream().sorted().toList());
        model.addAttribute("stages", CriminalStage.values());
        model.addAttribute("closureReasons", ClosureReason.values());
        model.addAttribute("channels", FollowUpChannel.values());
        model.addAttribute("employmentLanguages", Language.values());
        model.addAttribute("contactChannels", ContactChannel.values());
        model.addAttribute("partyRoles", PartyRole.values());
        model.addAttribute("partyKinds", PartyKind.values());
        model.addAttribute("country", reference.country(file.citizenship()).orElse(null));
        model.addAttribute("regions", regionNames());
        model.addAttribute("regionsInForce", reference.regionsOn(calendar.today()));
        model.addAttribute("agencies", reference.agencies().stream().collect(Collectors.toMap(a -> a.code(), a -> a.name())));
        return "protection/case";
    }

    /** The HTCDS export as a file to hand over through an authorised channel; audited like any read. */
    @GetMapping("/{id}/htcds")
    ResponseEntity<Map<String, Object>> export(@PathVariable long id) {
        Map<String, Object> export = cases.htcdsExport(id);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + export.get("cas_CaseNumber") + "-htcds.json\"").body(export);
    }


    /** A lawful request by the person for their own data; the supervisor records its basis. */
    @PostMapping("/{id}/subject-export")
    ResponseEntity<Map<String, Object>> subjectExport(@PathVariable long id, @Valid SubjectRequest request, BindingResult errors) {
        if (errors.hasErrors()) {
            throw new DomainProblem(ProblemType.VALIDATION, "basis", "protection.subject.basis-required");
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subject-data.json\"")
                .body(cases.subjectExport(id, request));
    }

    private Map<String, Object> regionNames() {
        return reference.allRegions().stream().collect(Collectors.toMap(r -> r.code(), r -> r.name()));
    }
}
