package kz.koshi.stay;

import java.time.LocalDate;

/** A court's expulsion order (E2) and the entry ban it brought (E3). */
public record Expulsion(long id, String personNumber, String courtAct, LocalDate decidedOn, LocalDate leaveBy, long banId) {
}
