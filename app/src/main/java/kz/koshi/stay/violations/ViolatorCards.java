package kz.koshi.stay.violations;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.koshi.border.BorderRecords;
import kz.koshi.border.CrossingView;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonSummary;
import kz.koshi.shared.PersonSelection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who each violator is, as the queue shows, filters and sorts them: the name and citizenship from the identity
 * registry (the golden record of unprotected sources, as on the stay file; the citizenship declared at the border
 * when the registry has none) and the region of the checkpoint of the person's latest crossing. Written at every
 * detection (a crossing, the daily sweep), so a name corrected in the registry reaches the queue by the next morning.
 */
@Component
public class ViolatorCards {

    private final IdentityResolution identity;
    private final BorderRecords border;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ViolatorCards(IdentityResolution identity, BorderRecords border, JdbcTemplate jdbc, Clock clock) {
        this.identity = identity;
        this.border = border;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Card(String person, String surname, String givenName, String citizenship, String region) {
    }

    /**
     * Writes the cards of the given persons, all in the selection, in the caller's transaction. Two detections of one
     * person at once (a crossing and the sweep) both write the same card: the later insert gives way.
     */
    public void refresh(PersonSelection selection, Collection<String> persons) {
        if (persons.isEmpty()) {
            return;
        }
        Map<String, List<CrossingView>> crossings = border.crossingsOf(selection);
        List<Card> cards = persons.stream().map(p -> card(p, crossings.getOrDefault(p, List.of()))).toList();
        jdbc.batchUpdate("delete from stay_violator where person_number = ?", cards, 1000, (ps, c) -> ps.setString(1, c.person()));
        jdbc.batchUpdate("""
                insert into stay_violator (person_number, surname, given_name, citizenship, region_code, refreshed_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""", cards, 1000, (ps, c) -> {
            ps.setString(1, c.person());
            ps.setString(2, c.surname());
            ps.setString(3, c.givenName());
            ps.setString(4, c.citizenship());
            ps.setString(5, c.region());
            ps.setObject(6, clock.instant().atOffset(ZoneOffset.UTC));
        });
    }

    /** The citizenship and region on the cards of these persons (each as {@code [citizenship, region]}), for statistics. */
    public Map<String, String[]> origins(Collection<String> persons) {
        Map<String, String[]> found = new java.util.HashMap<>();
        List<String> all = List.copyOf(persons);
        for (int i = 0; i < all.size(); i += 500) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
            new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).query(
                    "select person_number, citizenship, region_code from stay_violator where person_number in (:p)", Map.of("p", chunk),
                    rs -> {
                        found.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                    });
        }
        return found;
    }

    private Card card(String person, List<CrossingView> crossings) {
        Optional<PersonSummary> who = identity.registered(person);
        CrossingView latest = crossings.isEmpty() ? null : crossings.getLast();
        String citizenship = who.map(PersonSummary::citizenship).filter(c -> c != null && c.length() == 3)
                .orElse(latest == null || latest.citizenship() == null || latest.citizenship().length() != 3 ? null : latest.citizenship());
        String region = latest == null ? null : border.regionOfCheckpoint(latest.checkpoint()).orElse(null);
        return new Card(person, who.map(PersonSummary::surname).orElse(null), who.map(PersonSummary::givenName).orElse(null),
                citizenship, region);
    }
}
