package kz.koshi.protection.statistics;

import java.time.LocalDate;

/** A case as counted: its facts at identification and the days of its admission, service end and closure. */
record CountedCase(long id, LocalDate identifiedOn, String regionCode, String citizenship, String sex, String ageGroup,
                   String exploitation, String pathway, String centreCode, LocalDate admittedOn, LocalDate periodEndsOn,
                   LocalDate closedOn, String closureReason) {

    String key(CountBy by) {
        return switch (by) {
            case TOTAL -> "TOTAL";
            case MONTH -> identifiedOn.toString().substring(0, 7);
            case REGION -> regionCode;
            case CITIZENSHIP -> citizenship;
            case SEX -> sex;
            case AGE_GROUP -> ageGroup;
            case EXPLOITATION -> exploitation;
            case PATHWAY -> pathway;
            case KIND -> closureReason;
            case CENTRE -> centreCode;
        };
    }

    boolean servedDuring(CountFilter f) {
        return admittedOn != null && !admittedOn.isAfter(f.to()) && !periodEndsOn.isBefore(f.from())
                && (closedOn == null || !closedOn.isBefore(f.from()));
    }

    boolean inCentreOn(LocalDate day) {
        return admittedOn != null && !admittedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
    }
}
