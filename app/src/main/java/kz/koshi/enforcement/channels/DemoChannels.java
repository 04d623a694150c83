package kz.koshi.enforcement.channels;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import kz.koshi.border.CrossingIntake;
import kz.koshi.border.CrossingRequest;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.PersonNumber;
import kz.koshi.identity.PersonSummary;
import kz.koshi.shared.ActingOfficer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ten channels stopped over the past twenty months on routes from Uzbekistan, Kyrgyzstan and Tajikistan through real
 * checkpoints, recorded through the register as the {@code police} and {@code border} accounts. Organisers are
 * citizens of the demo population; in the four newest, the persons moved entered through the border booth as the
 * {@code border} account some days before, so their stay files carry the channel's mark. Deterministic: no randomness.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "koshi.demo.enabled", havingValue = "true")
@Order(45)
class DemoChannels implements ApplicationRunner {

    private final ChannelRegister register;
    private final CrossingIntake crossings;
    private final IdentityResolution identity;
    private final ActingOfficer officers;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoChannels(ChannelRegister register, CrossingIntake crossings, IdentityResolution identity,
                 ActingOfficer officers, JdbcClient jdbc, Clock clock) {
        this.register = register;
        this.crossings = crossings;
        this.identity = identity;
        this.officers = officers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from enforcement_channel").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<String> citizens = LongStream.rangeClosed(1, 400).mapToObj(n -> PersonNumber.fromSequence(n).value())
                .map(identity::registered).flatMap(java.util.Optional::stream)
                .filter(p -> "KAZ".equals(p.citizenship())).map(PersonSummary::personNumber).limit(12).toList();
        for (int i = 0; i < DemoRoutes.ALL.size(); i++) {
            int n = i;
            DemoRoutes.Route route = DemoRoutes.ALL.get(n);
            LocalDate stopped = today.minusDays(12 + 64L * n);
            List<String> moved = n < 4 ? officers.as("border", () -> travellers(route, stopped.minusDays(9 + n), n)) : List.of();
            List<String> organisers = citizens.isEmpty() ? List.of() : List.of(citizens.get(i % citizens.size()));
            NewChannel channel = new NewChannel(route.reference(), route.region(), stopped, route.personsMoved(),
                    route.countries(), route.checkpoints(), organisers, route.bins(), moved);
            officers.as(i % 3 == 2 ? "border" : "police", () -> register.record(channel));
        }
    }

    /** The persons the channel moved, entering together on the day given: their person numbers. */
    private List<String> travellers(DemoRoutes.Route route, LocalDate entered, int channel) {
        List<String> persons = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            DemoRoutes.Traveller t = DemoRoutes.TRAVELLERS.get((channel * 3 + k) % DemoRoutes.TRAVELLERS.size());
            String at = entered.atTime(LocalTime.of(6, 10 + k * 7)).toInstant(ZoneOffset.UTC).toString();
            CrossingRequest entry = new CrossingRequest("ENTRY", route.checkpoints().getFirst(), at,
                    new CrossingRequest.Document("PASSPORT", t.passport(), route.countries().getFirst(),
                            entered.plusYears(6).toString()), t.surname(), t.given(),
                    t.born(), t.sex(), route.countries().getFirst(), "PRIVATE", null, null, null);
            persons.add(crossings.record(entry, "API").personNumber());
        }
        return persons;
    }
}
