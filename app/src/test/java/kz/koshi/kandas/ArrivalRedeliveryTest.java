package kz.koshi.kandas;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import kz.koshi.DatabaseTest;
import kz.koshi.TwiceAtOnce;
import kz.koshi.border.KandasReferenceGiven;
import kz.koshi.kandas.engine.Profession;
import kz.koshi.shared.Sex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: a reference given at the border, delivered twice at once (a node republishing it), is one arrival told once. */
@DatabaseTest
class ArrivalRedeliveryTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));

    @Autowired
    KandasSurveys surveys;
    @Autowired
    Arrivals arrivals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theSameReferenceDeliveredTwiceAtOnceIsOneArrivalToldOnce() throws Exception {
        String reference = sentSurvey();
        String person = "KP" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        KandasReferenceGiven given = new KandasReferenceGiven(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), person, reference,
                TODAY.minusDays(1));
        Arrivals target = TwiceAtOnce.target(arrivals);

        TwiceAtOnce.deliver(transactions, () -> target.on(given));
        TwiceAtOnce.deliver(transactions, () -> target.on(given));

        assertThat(jdbc.sql("select count(*) from kandas_arrival where person_number = ?").param(person).query(Long.class).single()).isOne();
        List<Long> told = jdbc.sql("""
                select count(*) from event_publication where event_type like '%KandasArrived' and serialized_event like ?
                group by listener_id""").param("%" + person + "%").query(Long.class).list();
        assertThat(told).as("KandasArrived, per listener").isNotEmpty().containsOnly(1L);
    }

    private String sentSurvey() {
        KandasSurveys.Started started = surveys.start(new OriginAnswers(true, "UZB", "Nukus", "Aibek Tursynov", "+998 90 123 45 67", null, null), "ru");
        surveys.saveMembers(started.id(), new MembersAnswers(List.of(new MemberAnswer(LocalDate.of(1985, 3, 3), Sex.MALE,
                Education.VOCATIONAL, Profession.NURSE, List.of(Language.KAZAKH, Language.RUSSIAN), HealthNeed.NONE))));
        surveys.savePlans(started.id(), new PlansAnswers("KZ-71", null, null, PreferenceReason.WORK, HousingNeed.NEEDS_TEMPORARY, null,
                TODAY.plusDays(1)));
        surveys.submit(started.id());
        return started.reference();
    }
}
