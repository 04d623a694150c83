package kz.koshi.stay.violations;

/**
 * What the administrative protocol imposed (КоАП): a fine in tenge, or a warning with no fine (an overstay or a
 * registration overdue by up to 3 days, rule E1). Expulsion is a court's decision (E2) and goes through the
 * expulsion review, not through here.
 */
public enum Penalty {
    FINE, WARNING
}
