package kz.koshi.protection;

/** Who a child's legal representative is to the child: the one who gives consent for a person under 18. */
public enum RepresentativeRelation {
    PARENT,
    ADOPTIVE_PARENT,
    GUARDIAN,
    TRUSTEE,
    /** the guardianship and trusteeship authority, for a child without a parent or guardian at hand */
    GUARDIANSHIP_AUTHORITY
}
