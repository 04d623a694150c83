package kz.koshi.reporting.migration;

import java.util.ArrayList;
import java.util.List;

import kz.koshi.border.CrossingRecorded;
import kz.koshi.border.CrossingsRecorded;
import kz.koshi.border.Direction;
import kz.koshi.border.EntryBanImposed;
import kz.koshi.border.MinorStopped;
import kz.koshi.reporting.Figure;
import kz.koshi.reporting.Projection;
import kz.koshi.reporting.readmodel.Fact;
import kz.koshi.reporting.readmodel.Facts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The border's events in the read model: each crossing an entry or an exit (and a card issued, on a foreigner's first
 * entry), the traveller's crossings for the foreigners present, minors stopped and entry bans imposed.
 */
@Component
class CrossingProjection implements Projection {

    static final List<Figure> FIGURES = List.of(Figure.ENTRIES, Figure.EXITS, Figure.CARDS_ISSUED, Figure.MINORS_STOPPED, Figure.ENTRY_BANS);

    private final Facts facts;
    private final Stays stays;
    private final JdbcTemplate jdbc;

    CrossingProjection(Facts facts, Stays stays, JdbcTemplate jdbc) {
        this.facts = facts;
        this.stays = stays;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(CrossingsRecorded recorded) {
        List<Fact> counted = new ArrayList<>();
        for (CrossingRecorded c : recorded.crossings()) {
            Fact fact = Fact.of(c.direction() == Direction.ENTRY ? Figure.ENTRIES : Figure.EXITS, c.crossingId(), c.occurredOn())
                    .withRegion(c.checkpointRegion()).withCitizenship(c.citizenship()).withPerson(c.sex(), c.ageGroup())
                    .withPurpose(c.purpose()).withCountry(c.countryCode());
            counted.add(fact);
            if (c.cardIssued()) {
                counted.add(Fact.of(Figure.CARDS_ISSUED, c.crossingId(), c.occurredOn()).withRegion(c.checkpointRegion())
                        .withCitizenship(c.citizenship()).withPerson(c.sex(), c.ageGroup()).withPurpose(c.purpose()));
            }
        }
        facts.record(counted);
        jdbc.batchUpdate("""
                insert into reporting_crossing (crossing_id, person_number, direction, occurred_on, region_code, citizenship, sex,
                age_group, purpose) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", recorded.crossings(), 1000, (ps, c) -> {
            ps.setLong(1, c.crossingId());
            ps.setString(2, c.personNumber());
            ps.setString(3, c.direction().name());
            ps.setObject(4, c.occurredOn());
            ps.setString(5, c.checkpointRegion());
            ps.setString(6, c.citizenship());
            ps.setString(7, c.sex() == null ? null : c.sex().name());
            ps.setString(8, c.ageGroup() == null ? null : c.ageGroup().name());
            ps.setString(9, c.purpose());
        });
        stays.recount(recorded.crossings().stream().map(CrossingRecorded::personNumber).toList());
    }

    @ApplicationModuleListener
    void on(MinorStopped stopped) {
        facts.record(List.of(Fact.of(Figure.MINORS_STOPPED, stopped.alertId(), stopped.occurredOn())
                .withRegion(stopped.checkpointRegion()).withCitizenship(stopped.citizenship())
                .withPerson(stopped.sex(), stopped.ageGroup()).withKind(stopped.checkpointKind())));
    }

    /** Entry bans only: a watch-list entry is not a ban on entry. */
    @ApplicationModuleListener
    void on(EntryBanImposed ban) {
        if ("ENTRY_BAN".equals(ban.kind())) {
            facts.record(List.of(Fact.of(Figure.ENTRY_BANS, ban.banId(), ban.imposedOn()).withKind(ban.reason())));
        }
    }

    @Override
    public void clear() {
        facts.clear(FIGURES);
        stays.clear();
    }
}
