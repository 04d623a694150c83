package kz.koshi.protection;

import java.util.List;

/**
 * Counts of cases opened in a year, by dimension. A count below five is published as null with
 * {@code suppressed} set: small cells can identify a person. When a breakdown has a single small cell, its
 * next smallest cell is suppressed too, so that the total cannot give it away.
 */
public record CaseStatistics(int year, Long total, List<Cell> cells) {

    public record Cell(String dimension, String value, Long count, boolean suppressed) {
    }
}
