package kz.koshi.protection;

/**
 * Identification indicators: the actions of the 2016 report's Table No. 1 (rights violated by trafficking)
 * and the joint identification criteria (R~L11001-11177, R~L12545). Each maps to the HTCDS 2.0
 * "Methods of Control" value used in exports.
 */
public enum Indicator {
    DOCUMENTS_CONFISCATED("WithholdsDocuments"),
    DEBT_BONDAGE("DebtBondage"),
    WAGES_WITHHELD("TakesEarnings"),
    MOVEMENT_RESTRICTED("RestrictsMovement"),
    ISOLATION("RestrictsMovement"),
    VIOLENCE("PhysicalAbuse"),
    THREATS("Threats"),
    DECEPTIVE_RECRUITMENT("FalsePromises"),
    FORCED_WORK("Other"),
    FORCED_PROSTITUTION("SexualAbuse"),
    FORCED_SUBSTANCE_USE("PsychoactiveSubstances"),
    FORCED_SURROGACY("Other"),
    DEPRIVATION_OF_FOOD_OR_CARE("WithholdsNecessities"),
    EXCESSIVE_HOURS("ExcessiveWorkingHours"),
    UNSAFE_CONDITIONS("Other"),
    ABDUCTION("Other");

    private final String htcds;

    Indicator(String htcds) {
        this.htcds = htcds;
    }

    public String htcds() {
        return htcds;
    }
}
