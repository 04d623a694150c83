package kz.koshi.protection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import kz.koshi.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * A case in the vocabulary of the Human Trafficking Case Data Standard 2.0 (field names with their
 * prs_/vic_/cas_ prefixes, picklist values as HTCDS spells them), for authorised exchange. Pseudonym and
 * person number only; names stay in the identity registry. Notes are not exported.
 */
@Component
class HtcdsExport {

    private final ReferenceData reference;

    HtcdsExport(ReferenceData reference) {
        this.reference = reference;
    }

    Map<String, Object> of(CaseFile f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("standard", "HTCDS 2.0");
        out.put("cas_CaseNumber", f.caseNumber());
        out.put("cas_Status", f.status().htcds());
        out.put("cas_IdentificationDate", f.screening().screenedAt().toString());
        out.put("cas_IdentificationPathway", f.screening().pathway().name());
        out.put("cas_ReferringOrganisation", f.screening().agencyCode());
        out.put("prs_PersonNumber", f.personNumber());
        out.put("prs_Pseudonym", f.pseudonym());
        out.put("prs_Gender", switch (f.sex()) {
            case "M" -> "Male";
            case "F" -> "Female";
            default -> "Unknown";
        });
        out.put("prs_Birthdate", f.birthDate() == null ? null : f.birthDate().toString());
        out.put("prs_Nationality", reference.country(f.citizenship()).map(c -> c.alpha2()).orElse(null));
        out.put("vic_Minor", f.minor());
        out.put("vic_TypeOfExploitation", f.screening().exploitationType().name());
        out.put("vic_CrossBorder", f.screening().crossBorder());
        out.put("vic_MethodsOfControl", f.screening().indicators().stream().map(Indicator::htcds).distinct().sorted().toList());
        out.put("cas_Referrals", f.referrals().stream().map(r -> Map.of("cas_ReferringOrganisation", r.fromAgency(),
                "cas_ReferredOrganisation", r.toAgency(), "cas_ReferralDate", r.referredAt().toString(),
                "status", r.status().name(), "consent", r.consent())).toList());
        out.put("cas_ServicesProvided", f.services().stream().collect(Collectors.groupingBy(s -> s.serviceType().name(),
                Collectors.counting())));
        out.put("cas_Outcomes", f.outcomes().stream().map(HtcdsExport::outcome).toList());
        out.put("per_Perpetrators", f.parties().stream().map(HtcdsExport::party).toList());
        out.put("cas_ClosureReason", f.closureReason() == null ? null : f.closureReason().name());
        return out;
    }

    private static Map<String, Object> party(CaseFile.Party p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("per_RoleInProcess", p.role().htcds());
        m.put("kind", p.kind().name());
        m.put("reference", p.personNumber() != null ? p.personNumber() : p.businessId() != null ? p.businessId() : p.label());
        m.put("region", p.regionCode());
        return m;
    }

    private static Map<String, Object> outcome(CaseFile.Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", o.kind().name());
        m.put("date", o.recordedOn().toString());
        if (o.criminalArticle() != null) {
            m.put("criminalCodeArticle", o.criminalArticle());
            m.put("stage", o.criminalStage().name());
        }
        return m;
    }
}
