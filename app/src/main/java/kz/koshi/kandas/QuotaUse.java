package kz.koshi.kandas;

import kz.koshi.reference.Region;

/**
 * A region's yearly kandas quota (null when none is configured), the persons of submitted surveys expected there who
 * arrive this year, whether it is a priority settlement region, and the vacancies the labour feed counts there.
 */
public record QuotaUse(Region region, Integer quota, int persons, boolean priority, int vacancies) {

    /** Percent of the quota used, or null without a quota. */
    public Integer percentUsed() {
        return quota == null || quota == 0 ? null : (int) Math.round(100.0 * persons / quota);
    }
}
