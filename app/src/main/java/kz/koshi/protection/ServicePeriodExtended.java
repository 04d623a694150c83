package kz.koshi.protection;

import java.time.LocalDate;

/**
 * A supervisor approved an extension of a case's special social services on {@code approvedOn}, to {@code endsOn};
 * {@code reason} is the extension reason's code (criminal proceedings or hospitalisation).
 */
@org.springframework.modulith.NamedInterface("events")
public record ServicePeriodExtended(long caseId, long extensionId, LocalDate approvedOn, LocalDate endsOn, String reason,
                                    String centreCode, CaseFacts facts) {
}
