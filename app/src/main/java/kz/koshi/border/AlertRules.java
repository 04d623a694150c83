package kz.koshi.border;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import kz.koshi.shared.KazakhstanCalendar;
import org.springframework.stereotype.Component;

/**
 * What a crossing must show the officer: an entry during an entry ban, a watch-list hit (in either direction),
 * the exit of a citizen under 18 alone, without a parent or guardian on record, or with foreign adults only
 * (seed 000: minors taken abroad), an entry on an expired travel document, and an entry while the last crossing
 * on record is an entry too (2016 report: false date stamps found only at exit).
 */
@Component
class AlertRules {

    static final String HOME = "KAZ";

    private final BanRepository bans;
    private final KazakhstanCalendar calendar;

    AlertRules(BanRepository bans, KazakhstanCalendar calendar) {
        this.bans = bans;
        this.calendar = calendar;
    }

    record Finding(Alert.Kind kind, String reason) {
    }

    /**
     * What the crossing shows, given the traveller's bans and watch-list entries on record and their last completed
     * crossing before this one (null if none).
     */
    List<Finding> findings(CheckedCrossing crossing, String personNumber, List<String> minorPersonNumbers, List<BanView> bansOfPerson,
                           Presence lastCrossing) {
        LocalDate day = calendar.dayOf(crossing.occurredAt()); // the crossing's day in Kazakhstan: bans, documents, ages
        List<Finding> found = new ArrayList<>();
        for (BanView ban : bansOfPerson) {
            if (!ban.covers(day)) {
                continue;
            }
            if (ban.kind().equals("ENTRY_BAN") && crossing.direction() == Direction.ENTRY) {
                found.add(new Finding(Alert.Kind.ENTRY_BAN, ban.reason()));
            } else if (ban.kind().equals("WATCH_LIST")) {
                found.add(new Finding(Alert.Kind.WATCH_LIST, ban.reason()));
            }
        }
        if (crossing.direction() == Direction.ENTRY && crossing.documentExpiresOn() != null && crossing.documentExpiresOn().isBefore(day)) {
            found.add(new Finding(Alert.Kind.DOCUMENT_EXPIRED, "DOCUMENT_EXPIRED"));
        }
        if (crossing.direction() == Direction.ENTRY && lastCrossing != null && lastCrossing.direction() == Direction.ENTRY
                && lastCrossing.at().isBefore(crossing.occurredAt())) {
            found.add(new Finding(Alert.Kind.NO_EXIT_ON_RECORD, "LAST_CROSSING_ENTRY"));
        }
        if (crossing.direction() == Direction.EXIT && crossing.minors().isEmpty() && HOME.equals(crossing.citizenship())
                && Period.between(crossing.birthDate(), day).getYears() < 18) {
            found.add(new Finding(Alert.Kind.MINOR_EXIT, "UNACCOMPANIED"));
        }
        if (crossing.direction() == Direction.EXIT) {
            for (int i = 0; i < crossing.minors().size(); i++) {
                String reason = minorReason(crossing, crossing.minors().get(i), personNumber, minorPersonNumbers.get(i), day);
                if (reason != null) {
                    found.add(new Finding(Alert.Kind.MINOR_EXIT, reason));
                }
            }
        }
        return found;
    }

    private String minorReason(CheckedCrossing adult, CheckedCrossing.CheckedMinor minor, String adultPerson,
                               String minorPerson, LocalDate day) {
        boolean child = Period.between(minor.birthDate(), day).getYears() < 18;
        if (!child || !HOME.equals(minor.citizenship())) {
            return null;
        }
        if (!HOME.equals(adult.citizenship())) {
            return "FOREIGN_ADULT";
        }
        if (!"PARENT".equals(minor.relation()) && !"GUARDIAN".equals(minor.relation())) {
            return "NOT_PARENT_OR_GUARDIAN";
        }
        return bans.guardianOnRecord(minorPerson, adultPerson) ? null : "NOT_ON_RECORD";
    }
}
