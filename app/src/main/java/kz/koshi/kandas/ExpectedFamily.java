package kz.koshi.kandas;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kz.koshi.kandas.engine.Profession;

/**
 * A family expected in an akimat's region, as the akimat sees it: when it arrives, how many, their professions and
 * housing need, how to reach it, and what the akimat has reserved for it, and where it stands now (arrived, settled here or elsewhere, moved again); a
 * family settled in the region is listed whoever expected it. {@code arrivedPersons}: the person numbers of the members
 * who arrived, so that the akimat can refer one to a career centre (programme KANDAS, with consent); {@code resettlerFrom}: for
 * an internal resettler's family, the region it lives in now (null for kandas). No birth dates,
 * no health needs.
 */
public record ExpectedFamily(String reference, LocalDate arrivalDate, int size, Set<Profession> professions,
                             HousingNeed housingNeed, String contactName, String contactPhone, String contactEmail,
                             List<ReservationKind> reserved, FamilyProgress progress, List<String> arrivedPersons,
                             String resettlerFrom) {
}
