package kz.koshi.recruitment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.koshi.recruitment.rules.ApplicationStatus;
import kz.koshi.recruitment.rules.ChecklistItem;
import kz.koshi.recruitment.rules.LicenceAct;
import kz.koshi.recruitment.rules.LicenceStatus;
import kz.koshi.reference.ReferenceData;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.LocalizedName;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo licensing (embedded demo mode only): the demo agency ({@code agency}, DEMO-PEA) holds a real licence granted
 * on its application, and a second agency's licence was revoked; its founder (Kasymov Daniyar, IIN 781112304560,
 * 12.11.1978) is flagged when named behind a new application.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "koshi.demo.enabled", havingValue = "true")
@Order(31)
class DemoLicensing implements ApplicationRunner {

    static final String DEMO_AGENCY = "DEMO-PEA";
    static final String DEMO_BIN = "140340012349";
    static final String REVOKED_BIN = "091240005670";

    private final AgencyRepository agencies;
    private final ApplicationRepository applications;
    private final LicenceRepository licences;
    private final HistoryRepository history;
    private final PersonsBehind persons;
    private final ReferenceData reference;
    private final Clock clock;
    private final KazakhstanCalendar calendar;

    DemoLicensing(AgencyRepository agencies, ApplicationRepository applications, LicenceRepository licences, HistoryRepository history,
                  PersonsBehind persons, ReferenceData reference, Clock clock, KazakhstanCalendar calendar) {
        this.agencies = agencies;
        this.applications = applications;
        this.licences = licences;
        this.history = history;
        this.persons = persons;
        this.reference = reference;
        this.clock = clock;
        this.calendar = calendar;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (reference.agency(DEMO_AGENCY).isEmpty() || agencies.byCode(DEMO_AGENCY).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        licensed(DEMO_AGENCY, DEMO_BIN, "ТОО «Демо-агентство занятости»", List.of("ARE", "KOR", "RUS"),
                new PersonRow(PersonRole.FOUNDER, "850307312346", "Ахметов", "Серик", "07.03.1985"), today.minusYears(1));
        String revokedCode = "PEA-" + REVOKED_BIN;
        reference.registerEmploymentAgency(revokedCode, new LocalizedName("ТОО «Быстрая виза»", "«Быстрая виза» ЖШС",
                "Bystraya Viza LLP"), "KZ-71");
        long licence = licensed(revokedCode, REVOKED_BIN, "ТОО «Быстрая виза»", List.of("KOR"),
                new PersonRow(PersonRole.FOUNDER, "781112304560", "Касымов", "Данияр", "12.11.1978"), today.minusYears(2));
        Licence l = licences.ofAgency(agencies.byCode(revokedCode).orElseThrow().id()).orElseThrow();
        licences.change(licence, LicenceStatus.ACTIVE, LicenceStatus.REVOKED, l.validTo());
        history.add(l.agencyId(), null, licence, LicenceAct.REVOKED.name(), today.minusMonths(3), clock.instant(), "labour",
                "Работники направлялись в Республику Корея по туристическим визам.");
    }

    /** Applied three weeks before the licence's first day and granted on it, as the agency's history then reads. */
    private long licensed(String code, String bin, String name, List<String> countries, PersonRow founder, LocalDate from) {
        Instant applied = calendar.instantOf(from.minusWeeks(3).atTime(10, 0));
        Instant granted = calendar.instantOf(from.atTime(11, 0));
        long agency = agencies.insert(code, bin, name, SignIn.PASSWORD, applied);
        ApplicationForm form = ApplicationForm.blank(name);
        form.setLegalAddress("г. Алматы, ул. Абая, 10");
        form.setActualAddress("г. Алматы, ул. Абая, 10, офис 5");
        form.setWorkerFee(new BigDecimal("0"));
        form.setFeeTerms("Работник не платит агентству; услуги оплачивает работодатель.");
        byte[] pdf = "%PDF-1.4\n% demo sample contract\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        long application = applications.insert(agency, bin, form, new ContractFile("contract.pdf", pdf), applied);
        applications.replaceDestinations(application, countries);
        applications.replacePersons(application, persons.resolve(List.of(founder)));
        applications.decide(application, ApplicationStatus.SUBMITTED, ApplicationStatus.GRANTED,
                java.util.EnumSet.allOf(ChecklistItem.class), "Требования соблюдены.", granted);
        long licence = licences.insert(agency, application, "PEA-%d-%05d".formatted(from.getYear(), licences.nextSerial()), from,
                from.plusYears(3).minusDays(1), countries);
        history.add(agency, application, null, "APPLICATION_GRANTED", from, granted, "labour", "Требования соблюдены.");
        history.add(agency, null, licence, LicenceAct.GRANTED.name(), from, granted, "labour", "Требования соблюдены.");
        return licence;
    }
}
