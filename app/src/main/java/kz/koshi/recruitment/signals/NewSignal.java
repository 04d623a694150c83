package kz.koshi.recruitment.signals;

import java.math.BigDecimal;
import java.time.LocalDate;

import kz.koshi.recruitment.rules.SignalKind;

/** A signal about to be raised: the rule, the agency's BIN, the fact's key (raised once) and its facts. */
record NewSignal(SignalKind kind, String agencyBin, String factKey, Long firstCount, Long secondCount, BigDecimal amount,
                 BigDecimal norm, String currency, String countryCode, LocalDate factDay, String reference) {

    static NewSignal counted(SignalKind kind, String bin, String factKey, long first, Long second, LocalDate day, String reference) {
        return new NewSignal(kind, bin, factKey, first, second, null, null, null, null, day, reference);
    }
}
