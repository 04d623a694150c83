package kz.koshi.protection.statistics;

import java.time.LocalDate;

import kz.koshi.shared.AgeGroup;
import kz.koshi.shared.Sex;

/** The period (both days included) and, optionally, one region, citizenship, sex and age group. */
public record CountFilter(LocalDate from, LocalDate to, String regionCode, String citizenship, Sex sex, AgeGroup ageGroup) {

    boolean admits(CountedCase c) {
        return (regionCode == null || regionCode.equals(c.regionCode()))
                && (citizenship == null || citizenship.equals(c.citizenship()))
                && (sex == null || sex.name().equals(c.sex()))
                && (ageGroup == null || ageGroup.name().equals(c.ageGroup()));
    }

    boolean covers(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
