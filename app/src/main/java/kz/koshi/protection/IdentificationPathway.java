package kz.koshi.protection;

/** How the person came to be identified, as HTCDS records it. */
@org.springframework.modulith.NamedInterface("events")
public enum IdentificationPathway {
    HOTLINE, RAID, BORDER_CHECK, SELF_REFERRAL, NGO_OUTREACH, MISSION_ABROAD, OTHER_AGENCY
}
