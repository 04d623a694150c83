package kz.koshi.protection;

/** What the hotline learns of its request: the request's id and the agency it waits with. */
@org.springframework.modulith.NamedInterface("screening-requests")
public record ScreeningRequestReceipt(long id, String agencyCode) {
}
