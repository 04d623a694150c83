package kz.koshi.stay;

import java.time.LocalDate;

/** A registration of a foreigner: who registered (party), on what basis, for which days, at which address. */
public record Registration(long id, String personNumber, String party, String basis, LocalDate validFrom,
                           LocalDate validUntil, String address) {
}
