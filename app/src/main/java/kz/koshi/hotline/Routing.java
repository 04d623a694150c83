package kz.koshi.hotline;

import java.time.LocalDate;

import kz.koshi.protection.HotlineScreeningRequest;
import kz.koshi.protection.ScreeningRequestReceipt;
import kz.koshi.protection.ScreeningRequests;
import kz.koshi.reference.Agency;
import kz.koshi.reference.AgencyType;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.Bin;
import kz.koshi.shared.DomainProblem;
import kz.koshi.shared.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Where a route goes: a screening to protection (which picks the nearest crisis centre or checks the one named), the
 * labour inspection to the labour ministry, a complaint to an employment agency's BIN, a caller in danger to the police
 * on duty. An agency that does not exist or is of the wrong kind is refused before anything is stored.
 */
@Component
class Routing {

    private final ScreeningRequests screenings;
    private final ReferenceData reference;
    private final HotlineProperties properties;

    Routing(ScreeningRequests screenings, ReferenceData reference, HotlineProperties properties) {
        this.screenings = screenings;
        this.reference = reference;
        this.properties = properties;
    }

    /** The route's target: an agency code, a BIN, or a screening request with the agency it waits with. */
    record Target(String agency, String bin, Long screeningRequest) {
    }

    Target target(CallFile call, String facts, NewRoute route) {
        String agency = route.agency() == null || route.agency().isBlank() ? null : route.agency().strip();
        if (route.kind() != RouteKind.AGENCY_COMPLAINT && route.bin() != null && !route.bin().isBlank()) {
            throw new DomainProblem(ProblemType.VALIDATION, "bin", "hotline.route.bin-only-for-complaints");
        }
        return switch (route.kind()) {
            case SCREENING -> {
                ScreeningRequestReceipt receipt = screenings.request(new HotlineScreeningRequest(call.id(), facts, call.regionCode(), agency));
                yield new Target(receipt.agencyCode(), null, receipt.id());
            }
            case LABOUR_INSPECTION -> new Target(agency == null ? labourMinistry() : of(agency, AgencyType.LABOUR_MINISTRY), null, null);
            case DUTY_POLICE -> new Target(agency == null ? properties.dutyPolice() : of(agency, AgencyType.MIGRATION_POLICE), null, null);
            case AGENCY_COMPLAINT -> {
                if (agency != null) {
                    throw new DomainProblem(ProblemType.VALIDATION, "agency", "hotline.route.complaint-by-bin");
                }
                if (!Bin.isValid(route.bin() == null ? null : route.bin().strip())) {
                    throw new DomainProblem(ProblemType.VALIDATION, "bin", "hotline.route.bin-invalid");
                }
                yield new Target(null, route.bin().strip(), null);
            }
        };
    }

    private String of(String code, AgencyType kind) {
        Agency agency = reference.agency(code).filter(Agency::active)
                .orElseThrow(() -> new DomainProblem(ProblemType.VALIDATION, "agency", "hotline.route.agency-unknown"));
        if (agency.type() != kind) {
            throw new DomainProblem(ProblemType.VALIDATION, "agency", "hotline.route.agency-wrong-kind");
        }
        return agency.code();
    }

    private String labourMinistry() {
        return reference.agencies().stream().filter(a -> a.active() && a.type() == AgencyType.LABOUR_MINISTRY)
                .map(Agency::code).findFirst()
                .orElseThrow(() -> new DomainProblem(ProblemType.VALIDATION, "agency", "hotline.route.agency-unknown"));
    }

    LocalDate followUpOn(LocalDate today) {
        return today.plusDays(properties.followUpDays());
    }
}
