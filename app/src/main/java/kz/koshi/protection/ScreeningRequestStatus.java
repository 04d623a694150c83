package kz.koshi.protection;

/** A hotline's screening request waits in the agency's queue until one of its officers screens from it. */
@org.springframework.modulith.NamedInterface("screening-requests")
public enum ScreeningRequestStatus {
    WAITING, SCREENED
}
