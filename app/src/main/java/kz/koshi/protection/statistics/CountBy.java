package kz.koshi.protection.statistics;

/**
 * What a count is broken down by: a month ("2026-05"), the region, citizenship (ISO alpha-3), sex and age group (the
 * shared enums' names, "UNKNOWN" when not recorded) at identification, exploitation, pathway, the kind (outcome kind,
 * closure or extension reason) or the crisis centre.
 */
public enum CountBy {
    TOTAL, MONTH, REGION, CITIZENSHIP, SEX, AGE_GROUP, EXPLOITATION, PATHWAY, KIND, CENTRE
}
