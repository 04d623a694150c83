package kz.koshi.hotline;

import java.time.LocalDate;

import kz.koshi.shared.Bin;

/**
 * A caller complained about a private employment agency: the call's id, the agency's BIN (checked) and the day. The
 * recruitment module's risk signals consume it; nothing of the caller or the facts goes with it.
 */
public record AgencyComplaintReported(long callId, String bin, LocalDate day) {

    public AgencyComplaintReported {
        bin = Bin.of(bin).value();
    }
}
