package kz.koshi.protection.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The law on service periods from a date on: {@code months} from admission, extendable to {@code maxMonths}
 * in total, with an alert {@code alertDays} before the end (rule V3: 6, 9 and 14 in 2025).
 */
public record ServicePeriodTerms(LocalDate validFrom, int months, int maxMonths, int alertDays) {

    public ServicePeriodTerms {
        Objects.requireNonNull(validFrom, "validFrom");
        if (months < 1 || maxMonths < months || alertDays < 0) {
            throw new IllegalArgumentException("service period terms must have 1 <= months <= maxMonths and alertDays >= 0");
        }
    }
}
