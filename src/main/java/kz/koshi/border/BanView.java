package kz.koshi.border;

import java.time.LocalDate;

/** An entry ban or watch-list entry on a person: kind, reason code and the days it covers. */
public record BanView(long id, String personNumber, String kind, String reason, LocalDate validFrom, LocalDate validUntil) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }
}
