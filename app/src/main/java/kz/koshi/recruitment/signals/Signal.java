package kz.koshi.recruitment.signals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import kz.koshi.recruitment.rules.SignalKind;

/**
 * A risk signal as the labour authority reads it: the rule, the agency (its name and file when it has an account),
 * the facts (counts, figures, day, a reference: a complaint's number, a placement's or application's id, an
 * employer's registration or name key), the reason in the reader's language, and its handling.
 */
public record Signal(long id, SignalKind kind, String agencyBin, String agencyName, Long agencyId, Long firstCount,
                     Long secondCount, BigDecimal amount, BigDecimal norm, String currency, String countryCode,
                     LocalDate factDay, String reference, Instant raisedAt, SignalStatus status, String handledBy,
                     Instant handledAt, String handledNote, String reason) {

    Signal withReason(String text) {
        return new Signal(id, kind, agencyBin, agencyName, agencyId, firstCount, secondCount, amount, norm, currency,
                countryCode, factDay, reference, raisedAt, status, handledBy, handledAt, handledNote, text);
    }
}
