package kz.koshi.employment;

import java.util.List;
import java.util.Set;

import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.shared.ActingOfficer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo referrals by the akimat of Astana (a job seeker, a kandas, a returning citizen), made through the real
 * service as the {@code akimat} officer, so that the career centre's demo list is not only victims' referrals.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "koshi.demo.enabled", havingValue = "true")
@Order(30)
class DemoReferrals implements ApplicationRunner {

    private record Seeker(String surname, String givenName, String birthDate, String sex, ReferralProgramme programme, String phone, String skills) {
    }

    private static final List<Seeker> SEEKERS = List.of(
            new Seeker("ЕРМЕКОВ", "ДАУРЕН", "1991-04-17", "M", ReferralProgramme.AKIMAT_JOB_SEEKER, "+7 701 555 11 20", "Водитель категории C, 8 лет стажа"),
            new Seeker("ТУРСЫНБАЕВА", "АЙНУР", "1986-09-02", "F", ReferralProgramme.KANDAS, null, "Швея, работа на промышленной машине"),
            new Seeker("САПАРОВ", "НУРЛАН", "1979-12-24", "M", ReferralProgramme.RETURNING_CITIZEN, "+7 702 555 33 41", "Сварщик, 4 разряд"));

    private final EmploymentReferrals referrals;
    private final IdentityResolution identity;
    private final ActingOfficer officers;
    private final JdbcClient jdbc;

    DemoReferrals(EmploymentReferrals referrals, IdentityResolution identity, ActingOfficer officers, JdbcClient jdbc) {
        this.referrals = referrals;
        this.identity = identity;
        this.officers = officers;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from employment_referral_origin").query(Long.class).single() > 0) {
            return;
        }
        officers.as("akimat", () -> {
            for (int i = 0; i < SEEKERS.size(); i++) {
                Seeker s = SEEKERS.get(i);
                String person = identity.resolve(new IncomingRecord("akimat", "demo-seeker-" + (i + 1), s.surname(), s.givenName(),
                        null, s.birthDate(), s.sex(), "KAZ", null, null, null, null)).personNumber();
                referrals.refer(new NewReferral(person, s.programme(), "KZ-71", s.phone(), Set.of(Language.KAZAKH, Language.RUSSIAN),
                        s.skills(), null, s.phone() == null ? Set.of() : Set.of(ContactChannel.PHONE)));
            }
            return null;
        });
    }
}
