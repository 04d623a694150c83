package kz.koshi.hotline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import kz.koshi.shared.ActingOfficer;
import kz.koshi.shared.Bin;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo calls from 1 January of last year to a week ago (800, told to the statistics as logged on their day), about 30 % of them about work
 * abroad (DOMAIN.md: 811 of 2,599 calls), some routed and followed up. The two newest go through the real service as the {@code hotline} account: possible trafficking in
 * Astana (a screening request waiting at Astana's crisis centre) and a caller in danger (waiting for the police on duty).
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "koshi.demo.enabled", havingValue = "true")
@Order(30)
class DemoCalls implements ApplicationRunner {

    private static final CallClass[] OTHERS = {CallClass.LABOUR_RIGHTS, CallClass.MIGRATION_STATUS, CallClass.OTHER,
            CallClass.POSSIBLE_TRAFFICKING, CallClass.MISSING_PERSON, CallClass.LABOUR_RIGHTS, CallClass.OTHER};
    private static final List<String> REGIONS = List.of("KZ-71", "KZ-75", "KZ-79", "KZ-15", "KZ-23", "KZ-35", "KZ-61", "KZ-10");

    private final CallRepository calls;
    private final RouteRepository routes;
    private final CallCipher cipher;
    private final HotlineCalls service;
    private final ActingOfficer officers;
    private static final int OLD_CALLS = 800;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoCalls(CallRepository calls, RouteRepository routes, CallCipher cipher, HotlineCalls service,
              ActingOfficer officers, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.calls = calls;
        this.routes = routes;
        this.cipher = cipher;
        this.service = service;
        this.officers = officers;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from hotline_call").query(Long.class).single() > 0) {
            return;
        }
        Random random = new Random(11616);
        LocalDate today = LocalDate.now(clock);
        LocalDate first = LocalDate.of(today.getYear() - 1, 1, 1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, today) - 6;
        for (int i = 0; i < OLD_CALLS; i++) {
            CallClass c = i % 10 < 3 ? CallClass.WORK_ABROAD : OTHERS[i % OTHERS.length];
            Instant at = first.plusDays(i * days / OLD_CALLS).atTime(9, 0).atZone(clock.getZone()).toInstant()
                    .plus(Duration.ofMinutes(random.nextInt(600)));
            NewCall call = new NewCall(Channel.values()[i % 4], i % 3 == 0, i % 2 == 0 ? SpokenLanguage.KAZAKH : SpokenLanguage.RUSSIAN,
                    false, null, Facts.of(c), REGIONS.get(i % REGIONS.size()), c, false, false);
            long id = calls.insert(call, cipher.seal(call.facts()), null, at, "hotline");
            events.publishEvent(new HotlineCallLogged(id, LocalDate.ofInstant(at, clock.getZone()), call.regionCode(), c, call.channel()));
            routeOld(id, call, i, at);
        }
        officers.as("hotline", () -> {
            long trafficking = service.log(new NewCall(Channel.CALL, true, SpokenLanguage.RUSSIAN, false, null, Facts.TRAFFICKING,
                    "KZ-71", CallClass.POSSIBLE_TRAFFICKING, true, false));
            service.route(trafficking, new NewRoute(RouteKind.SCREENING, null, null));
            return service.log(new NewCall(Channel.MESSENGER, true, SpokenLanguage.KAZAKH, true, "+7 701 000 11 16", Facts.DANGER,
                    "KZ-75", CallClass.POSSIBLE_TRAFFICKING, true, true));
        });
    }

    /** Old calls: labour rights to the ministry, one in three about work abroad as a complaint; followed up by now. */
    private void routeOld(long id, NewCall call, int i, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        CallClass c = call.classification();
        if (c == CallClass.LABOUR_RIGHTS) {
            long r = routes.insert(id, RouteKind.LABOUR_INSPECTION, "MLSP", null, null, at, "hotline", day.plusDays(7));
            routes.recordOutcome(r, new RouteResult(RouteOutcome.TAKEN_UP, day.plusDays(5)), "hotline");
            events.publishEvent(new HotlineCallRouted(id, day, call.regionCode(), c, call.channel(), RouteKind.LABOUR_INSPECTION));
        } else if (c == CallClass.WORK_ABROAD && i % 3 == 0) {
            Bin bin = Bin.complete("1805400" + String.format("%04d", 100 + i % 900));
            if (bin != null) {
                long r = routes.insert(id, RouteKind.AGENCY_COMPLAINT, null, bin.value(), null, at, "hotline", day.plusDays(7));
                routes.recordOutcome(r, new RouteResult(RouteOutcome.REFERRED_ELSEWHERE, day.plusDays(6)), "hotline");
                events.publishEvent(new HotlineCallRouted(id, day, call.regionCode(), c, call.channel(), RouteKind.AGENCY_COMPLAINT));
            }
        }
    }

    /** Facts as callers tell them, made up for the demo. */
    private static final class Facts {
        static final String TRAFFICKING = "Звонит сестра: брата увезли на стройку под Астаной, паспорт забрали, не платят "
                + "третий месяц, выходить не разрешают. Телефон дают раз в неделю.";
        static final String DANGER = "Әйел хабарлама жазды: қонақүйде қамалып отыр, құжаттарын алып қойған, қазір қауіпте.";

        static String of(CallClass c) {
            return switch (c) {
                case WORK_ABROAD -> "Предлагают работу в Корее через агентство, просят оплатить визу и билеты заранее. Законно ли это?";
                case LABOUR_RIGHTS -> "Работодатель не выплатил зарплату за два месяца и не оформил трудовой договор.";
                case MIGRATION_STATUS -> "Иностранный гражданин спрашивает, как продлить регистрацию после смены работодателя.";
                case MISSING_PERSON -> "Сын уехал на заработки в Россию полгода назад и перестал выходить на связь.";
                case POSSIBLE_TRAFFICKING -> "Соседка рассказывает: девушек из села возят на работу в кафе, документы у хозяина.";
                case OTHER -> "Спрашивают, куда обратиться по вопросу пособия.";
            };
        }
    }
}
