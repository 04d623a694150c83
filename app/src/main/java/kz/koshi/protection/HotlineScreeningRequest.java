package kz.koshi.protection;

/**
 * A screening requested by the hotline 11616 (issue 16): the hotline's call id, the facts as the caller told them, the
 * call's region, and the crisis centre or police agency to ask ({@code agencyCode}; null for the crisis centre nearest
 * to the region). Protection keeps the facts encrypted and shows them only to the agency asked.
 */
@org.springframework.modulith.NamedInterface("screening-requests")
public record HotlineScreeningRequest(long callId, String facts, String regionCode, String agencyCode) {
}
