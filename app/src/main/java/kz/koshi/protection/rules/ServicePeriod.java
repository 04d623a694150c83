package kz.koshi.protection.rules;

import java.time.LocalDate;
import java.util.Objects;

/** A person's period of special social services: from admission to its (possibly extended) end. */
public record ServicePeriod(LocalDate admittedOn, LocalDate endsOn, boolean extended) {

    public ServicePeriod {
        Objects.requireNonNull(admittedOn, "admittedOn");
        Objects.requireNonNull(endsOn, "endsOn");
        if (endsOn.isBefore(admittedOn)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }

    /** Both ends included: a service on the last day still belongs to the period. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(admittedOn) && !day.isAfter(endsOn);
    }
}
