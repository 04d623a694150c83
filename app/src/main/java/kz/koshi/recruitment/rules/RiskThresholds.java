package kz.koshi.recruitment.rules;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The configured values of the risk rules (docs/recruitment.md; all marked for confirmation: the law names none).
 *
 * @param complaints         complaints against one agency within the window that raise a signal
 * @param complaintWindowDays the window, in days up to today, in which complaints are counted
 * @param wageShare          a wage below this share of the destination's norm is "far below" (0.5: under half)
 * @param wageNorms          monthly wage norm per destination and currency, keyed {@code KOR-KRW}
 * @param employerPlacements an agency's placements to one employer abroad from which its trafficking cases count
 * @param employerCases      trafficking cases naming that employer, opened since the first placement, that raise a signal
 */
public record RiskThresholds(int complaints, int complaintWindowDays, BigDecimal wageShare, Map<String, BigDecimal> wageNorms,
                             int employerPlacements, int employerCases) {

    public RiskThresholds {
        wageNorms = Map.copyOf(wageNorms);
    }
}
