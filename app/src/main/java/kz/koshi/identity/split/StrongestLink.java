package kz.koshi.identity.split;

import java.util.List;

import kz.koshi.identity.ReviewView;

/**
 * Why the re-link split the person: the strongest score between a record that stays and one that would leave,
 * below the link weight (else the two groups would be one cluster), with each field's contribution in bits.
 */
public record StrongestLink(long stayingRecord, long leavingRecord, double weight, double probability, double linkWeight,
                            List<ReviewView.FieldWeight> explanation) {
}
