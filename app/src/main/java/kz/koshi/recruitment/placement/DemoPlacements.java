package kz.koshi.recruitment.placement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.koshi.identity.IdentityResolution;
import kz.koshi.identity.IncomingRecord;
import kz.koshi.recruitment.PlacementReported;
import kz.koshi.shared.Iin;
import kz.koshi.shared.KazakhstanCalendar;
import kz.koshi.shared.Sex;
import kz.koshi.shared.translit.Scripts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo placements (embedded demo mode only): the register of labour agreements as seeds 002 and 004 give it (rows
 * without a seed marked for confirmation), and the demo agency's placements to Russia, Korea and the UAE, some with
 * pre-departure orientation. Published like real ones, so the register of citizens abroad counts them.
 */
@Component
@Profile("!postgres")
@ConditionalOnProperty(name = "koshi.demo.enabled", havingValue = "true")
@Order(32)
class DemoPlacements implements ApplicationRunner {

    static final String DEMO_AGENCY = "DEMO-PEA";

    record Agreement(String country, AgreementStatus status, LocalDate since, String source, boolean forConfirmation) {
    }

    record Worker(String surname, String givenName, LocalDate born, Sex sex, String country, String employer, String registration,
                  String job, int startedDaysAgo, int months, String wage, String currency, long fees, boolean oriented) {
    }

    static final List<Agreement> AGREEMENTS = List.of(
            new Agreement("KGZ", AgreementStatus.IN_FORCE, LocalDate.of(2006, 7, 4),
                    "Соглашение о трудовой деятельности и защите прав трудящихся-мигрантов от 04.07.2006 (доклад Комиссии по правам человека, 2016).", false),
            new Agreement("TJK", AgreementStatus.IN_FORCE, LocalDate.of(2006, 5, 4),
                    "Соглашение о трудовой деятельности и защите прав трудящихся-мигрантов от 04.05.2006 (доклад Комиссии по правам человека, 2016).", false),
            new Agreement("VNM", AgreementStatus.IN_FORCE, LocalDate.of(2009, 9, 15),
                    "Соглашение о временной трудовой деятельности граждан от 15.09.2009 (доклад Комиссии по правам человека, 2016).", false),
            new Agreement("RUS", AgreementStatus.IN_FORCE, null,
                    "Соглашение СНГ о сотрудничестве в области трудовой миграции 1994 г. (доклад Комиссии по правам человека, 2016); действующий договор ЕАЭС — уточнить.", true),
            new Agreement("KOR", AgreementStatus.UNDER_NEGOTIATION, null,
                    "Переговоры о трудовом соглашении идут два года, осенью возобновлены (МТСЗН, Lada.kz, 09.10.2025).", false),
            new Agreement("ARE", AgreementStatus.NONE, null, "В источниках не упомянуто.", true),
            new Agreement("GBR", AgreementStatus.NONE, null, "МТСЗН (Lada.kz, 09.10.2025) называет 2 тыс. работающих в Великобритании и ЕС, о соглашении не говорит.", true));

    static final List<Worker> WORKERS = List.of(
            new Worker("Жумабаев", "Ерлан", LocalDate.of(1992, 3, 14), Sex.MALE, "RUS", "ООО «СеверСтрой»", "1027700132195",
                    "Монтажник", 120, 12, "95000", "RUB", 40_000, true),
            new Worker("Оспанова", "Динара", LocalDate.of(1996, 8, 2), Sex.FEMALE, "KOR", "Hanil Foods Co., Ltd.", "110111-0012345",
                    "Оператор пищевого производства", 60, 24, "2300000", "KRW", 120_000, true),
            new Worker("Сейткали", "Бауыржан", LocalDate.of(1988, 11, 20), Sex.MALE, "ARE", "Gulf Hospitality LLC", "CN-1048823",
                    "Повар", 30, 24, "4200", "AED", 90_000, false),
            new Worker("Абдрахманова", "Жанар", LocalDate.of(1999, 1, 9), Sex.FEMALE, "RUS", "АО «ТрансЛогистик»", "1155476012345",
                    "Кладовщик", -14, 12, "70000", "RUB", 30_000, false));

    private final PlacementRepository placements;
    private final AgreementRepository agreements;
    private final IdentityResolution identity;
    private final ApplicationEventPublisher events;
    private final KazakhstanCalendar calendar;
    private final Clock clock;

    DemoPlacements(PlacementRepository placements, AgreementRepository agreements, IdentityResolution identity,
                   ApplicationEventPublisher events, KazakhstanCalendar calendar, Clock clock) {
        this.placements = placements;
        this.agreements = agreements;
        this.identity = identity;
        this.events = events;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (agreements.all().isEmpty()) {
            AGREEMENTS.forEach(a -> agreements.save(agreement(a), "labour", clock.instant()));
        }
        var agency = placements.agency(DEMO_AGENCY).orElse(null);
        if (agency == null || !placements.ofAgency(agency.id()).isEmpty()) {
            return;
        }
        for (int i = 0; i < WORKERS.size(); i++) {
            place(agency, WORKERS.get(i), 4100 + i * 7);
        }
    }

    private void place(PlacementRepository.AgencyRow agency, Worker w, int serial) {
        String iin = Iin.issue(w.born(), w.sex(), serial).or(() -> Iin.issue(w.born(), w.sex(), serial + 1)).orElseThrow().value();
        UUID id = UUID.nameUUIDFromBytes(("demo-placement:" + iin).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String person = identity.resolve(new IncomingRecord(Placements.SOURCE, "placement-" + id, w.surname(), w.givenName(), null,
                w.born().toString(), w.sex() == Sex.MALE ? "M" : "F", "KAZ", null, iin, null, null)).personNumber();
        LocalDate start = calendar.today().minusDays(w.startedDaysAgo());
        PlacementForm f = new PlacementForm();
        f.setCountry(w.country());
        f.setEmployerName(w.employer());
        f.setEmployerCountry(w.country());
        f.setEmployerRegistration(w.registration());
        f.setJob(w.job());
        f.setContractStart(start);
        f.setContractEnd(start.plusMonths(w.months()).minusDays(1));
        f.setMonthlyWage(new BigDecimal(w.wage()));
        f.setWageCurrency(w.currency());
        f.setFeesKzt(w.fees());
        String key = Scripts.matchKey(w.employer());
        boolean inForce = agreements.status(w.country()).filter(s -> s == AgreementStatus.IN_FORCE).isPresent();
        var at = calendar.startOf(start.minusDays(20)).plusSeconds(10 * 3600);
        placements.insert(id, agency.id(), person, f, key, inForce, at, "agency");
        if (w.oriented()) {
            placements.addOrientation(id, List.of(OrientationTopic.values()), start.minusDays(10), "Ахметов С., менеджер агентства",
                    "agency", at);
        }
        events.publishEvent(new PlacementReported(id, agency.code(), person, w.country(), w.registration(),
                key, f.getMonthlyWage(), w.currency(), w.fees(), f.getContractStart(), f.getContractEnd(), at));
    }

    private static AgreementForm agreement(Agreement a) {
        AgreementForm f = new AgreementForm();
        f.setCountry(a.country());
        f.setStatus(a.status());
        f.setSince(a.since());
        f.setSourceNote(a.source());
        f.setForConfirmation(a.forConfirmation());
        return f;
    }
}
