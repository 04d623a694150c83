package kz.koshi.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import kz.koshi.shared.Bin;
import kz.koshi.shared.Iin;
import kz.koshi.shared.Sex;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 14 in the browser: an agency opens its account on the public site (Russian), applies in Kazakh naming the
 * founder of a revoked agency as its manager, the labour authority sees the flag, ticks the checklist and grants the
 * licence, then suspends it (Russian); the agency sees it in Kazakh, and anyone checks it without signing in.
 */
class RecruitmentJourneyBrowserTest extends BrowserJourney {

    static final String PASSWORD = "Agency-pass-2026!";

    private static String newBin() {
        Bin bin = null;
        while (bin == null) {
            bin = Bin.complete("1604400" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000)));
        }
        return bin.value();
    }

    private static String newIin() {
        while (true) {
            var iin = Iin.issue(LocalDate.of(1984, 5, 5), Sex.FEMALE, ThreadLocalRandom.current().nextInt(10_000));
            if (iin.isPresent()) {
                return iin.get().value();
            }
        }
    }

    @Test
    void anAgencyAppliesIsReviewedLicensedSuspendedAndCheckedByAnyone() throws Exception {
        String bin = newBin();
        Page visitor = browser.newContext().newPage();
        visitor.navigate(url("/login?lang=ru"));
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Агентству: открыть учётную запись и подать заявление на лицензию")).click();
        visitor.getByLabel("БИН").fill(bin);
        visitor.getByLabel("Наименование юридического лица").fill("ТОО «Корея Жол»");
        visitor.getByLabel("Пароль", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        visitor.getByLabel("Пароль ещё раз").fill(PASSWORD);
        step(visitor, "recruitment", "01-account-ru");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Открыть учётную запись")).click();
        assertThat(visitor.getByRole(AriaRole.STATUS)).containsText("войдите, указав БИН как имя пользователя");
        step(visitor, "recruitment", "02-account-requested-ru");

        Page agency = login(bin, PASSWORD);
        agency.navigate(url("/recruitment/agency/apply?lang=kk"));
        agency.getByLabel("Заңды мекенжайы").fill("Алматы қ., Сәтбаев к-сі, 30");
        agency.getByLabel("Кеңсенің нақты мекенжайы").fill("Алматы қ., Сәтбаев к-сі, 30, 4-кеңсе");
        agency.getByLabel("ЖСН 1", new Page.GetByLabelOptions().setExact(true)).fill(newIin());
        agency.getByLabel("Тегі 1", new Page.GetByLabelOptions().setExact(true)).fill("Серікова");
        agency.getByLabel("Аты 1", new Page.GetByLabelOptions().setExact(true)).fill("Айгүл");
        agency.getByLabel("Туған күні 1", new Page.GetByLabelOptions().setExact(true)).fill("05.05.1984");
        agency.getByLabel("Рөлі 2", new Page.GetByLabelOptions().setExact(true)).selectOption("MANAGER");
        agency.getByLabel("ЖСН 2", new Page.GetByLabelOptions().setExact(true)).fill("781112304560");
        agency.getByLabel("Тегі 2", new Page.GetByLabelOptions().setExact(true)).fill("Касымов");
        agency.getByLabel("Аты 2", new Page.GetByLabelOptions().setExact(true)).fill("Данияр");
        agency.getByLabel("Туған күні 2", new Page.GetByLabelOptions().setExact(true)).fill("12.11.1978");
        agency.getByLabel("Жіберу елдері").selectOption(new String[] {"KOR", "TUR"});
        agency.getByLabel("Жұмыскерден алынатын төлем, теңге").fill("20000");
        agency.getByLabel("Төлем не үшін және қашан алынады").fill("Виза мен медициналық тексеру, шарт жасалғаннан кейін.");
        Path pdf = Files.createTempFile("contract", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% sample contract\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        agency.getByLabel("Шарт үлгісі (PDF)").setInputFiles(pdf);
        step(agency, "recruitment", "03-application-kk");
        agency.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Өтініш беру")).click();
        assertThat(agency.getByRole(AriaRole.STATUS)).hasText("Өтініш берілді: оны еңбек мәселелері жөніндегі орган қарайды.");
        assertThat(agency.locator("main")).containsText("қаралуда");
        step(agency, "recruitment", "04-applied-kk");

        Page labour = login("labour");
        labour.navigate(url("/recruitment?lang=ru"));
        labour.locator("tr", new Page.LocatorOptions().setHasText(bin)).getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Рассмотреть")).click();
        assertThat(labour.getByRole(AriaRole.ALERT)).containsText("стоял за агентством, лицензия которого отозвана");
        assertThat(labour.locator("main")).containsText("Касымов Данияр");
        step(labour, "recruitment", "05-review-flagged-ru");
        for (String item : new String[] {"юридическое лицо", "учредители и руководители", "адреса существуют", "плата с работников",
                "образец договора защищает"}) {
            labour.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(item)).check();
        }
        labour.getByLabel("выдать лицензию").check();
        labour.getByLabel("Основание (его прочтёт заявитель)").fill("Проверено по Национальному реестру; офис на месте.");
        labour.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Принять решение")).click();
        assertThat(labour.getByRole(AriaRole.STATUS)).hasText("Лицензия выдана.");
        assertThat(labour.locator("main")).containsText("действует");
        step(labour, "recruitment", "06-licensed-ru");
        labour.getByLabel("Действие", new Page.GetByLabelOptions().setExact(true)).selectOption("SUSPENDED");
        labour.getByLabel("Основание (его прочтёт заявитель)").fill("Жалобы работников на удержание паспортов.");
        labour.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выполнить")).click();
        assertThat(labour.getByRole(AriaRole.STATUS)).hasText("Лицензия приостановлена.");
        assertThat(labour.locator("main")).containsText("лицензия приостановлена");
        step(labour, "recruitment", "07-suspended-ru");

        agency.navigate(url("/recruitment/agency?lang=kk"));
        assertThat(agency.locator("main")).containsText("тоқтатылды");
        assertThat(agency.locator("main")).containsText("Жалобы работников на удержание паспортов.");
        step(agency, "recruitment", "08-agency-history-kk");

        visitor.navigate(url("/public/agencies?lang=kk"));
        visitor.getByLabel("Агенттіктің атауы немесе БСН-і").fill(bin);
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Тексеру")).click();
        assertThat(visitor.locator("main")).containsText("ТОО «Корея Жол»");
        assertThat(visitor.locator("main")).containsText("тоқтатылды");
        assertThat(visitor.locator("main")).containsText("Корея");
        assertThat(visitor.locator("main")).not().containsText("Касымов");
        step(visitor, "recruitment", "09-public-check-kk");
        visitor.navigate(url("/public/agencies?lang=ru&query=" + bin));
        assertThat(visitor.locator("main")).containsText("приостановлена");
        step(visitor, "recruitment", "10-public-check-ru");
    }

    private static final LocatorAssertions.ContainsTextOptions SLOW = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    /** Issue 14, part 2: licensed, the agency reports a placement (Russian), then a minor's placement is refused (Kazakh). */
    @Test
    void aLicensedAgencyReportsAPlacementAndAMinorsPlacementIsRefused() throws Exception {
        String bin = newBin();
        Page visitor = browser.newContext().newPage();
        visitor.navigate(url("/public/agencies/account?lang=ru"));
        visitor.getByLabel("БИН").fill(bin);
        visitor.getByLabel("Наименование юридического лица").fill("ТОО «Сеул Карьера»");
        visitor.getByLabel("Пароль", exact()).fill(PASSWORD);
        visitor.getByLabel("Пароль ещё раз").fill(PASSWORD);
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Открыть учётную запись")).click();

        Page agency = login(bin, PASSWORD);
        agency.navigate(url("/recruitment/agency/apply?lang=kk"));
        agency.getByLabel("Заңды мекенжайы").fill("Астана қ., Қабанбай батыр д-лы, 11");
        agency.getByLabel("Кеңсенің нақты мекенжайы").fill("Астана қ., Қабанбай батыр д-лы, 11, 7-кеңсе");
        agency.getByLabel("ЖСН 1", exact()).fill(newIin());
        agency.getByLabel("Тегі 1", exact()).fill("Серікова");
        agency.getByLabel("Аты 1", exact()).fill("Айгүл");
        agency.getByLabel("Туған күні 1", exact()).fill("05.05.1984");
        agency.getByLabel("Жіберу елдері").selectOption(new String[] {"KOR"});
        agency.getByLabel("Жұмыскерден алынатын төлем, теңге").fill("0");
        agency.getByLabel("Төлем не үшін және қашан алынады").fill("Жұмыскерден төлем алынбайды.");
        Path pdf = Files.createTempFile("contract", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% sample contract\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        agency.getByLabel("Шарт үлгісі (PDF)").setInputFiles(pdf);
        agency.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Өтініш беру")).click();
        assertThat(agency.getByRole(AriaRole.STATUS)).hasText("Өтініш берілді: оны еңбек мәселелері жөніндегі орган қарайды.");

        Page labour = login("labour");
        labour.navigate(url("/recruitment?lang=ru"));
        labour.locator("tr", new Page.LocatorOptions().setHasText(bin)).getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Рассмотреть")).click();
        for (String item : new String[] {"юридическое лицо", "учредители и руководители", "адреса существуют", "плата с работников",
                "образец договора защищает"}) {
            labour.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(item)).check();
        }
        labour.getByLabel("выдать лицензию").check();
        labour.getByLabel("Основание (его прочтёт заявитель)").fill("Проверено по Национальному реестру.");
        labour.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Принять решение")).click();
        assertThat(labour.getByRole(AriaRole.STATUS)).hasText("Лицензия выдана.");
        step(labour, "placement", "01-licensed-ru");

        agency.navigate(url("/recruitment/agency?lang=ru"));
        agency.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Трудоустройства")).click();
        agency.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Сообщить о трудоустройстве")).click();
        agency.getByLabel("ИИН", exact()).fill(newIin());
        agency.getByLabel("Фамилия", exact()).fill("Нурланова");
        agency.getByLabel("Имя", exact()).fill("Айжан");
        agency.getByLabel("Страна трудоустройства").selectOption("KOR");
        agency.getByLabel("Работодатель за рубежом").fill("Hanil Foods Co., Ltd.");
        agency.getByLabel("Страна регистрации работодателя").selectOption("KOR");
        agency.getByLabel("Регистрационный номер работодателя").fill("110111-0012345");
        agency.getByLabel("Должность, работа").fill("Оператор пищевого производства");
        agency.getByLabel("Начало договора").fill("01.02.2027");
        agency.getByLabel("Окончание договора").fill("31.01.2029");
        agency.getByLabel("Зарплата в месяц").fill("2300000");
        agency.getByLabel("Валюта зарплаты").fill("KRW");
        agency.getByLabel("Плата, внесённая работником агентству, тенге").fill("0");
        agency.waitForNavigation(() -> agency.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Сообщить").setExact(true)).click());
        // Resolving the worker through the identity registry may take a while on a loaded machine.
        assertThat(agency.getByRole(AriaRole.STATUS)).containsText("Трудоустройство принято и отмечено", SLOW);
        assertThat(agency.locator("main")).containsText("Hanil Foods Co., Ltd.");
        step(agency, "placement", "03-reported-flagged-ru");

        String minor = null;
        while (minor == null) {
            minor = Iin.issue(LocalDate.now(kz.koshi.shared.KazakhstanCalendar.DEFAULT_ZONE).minusYears(16), Sex.MALE,
                    ThreadLocalRandom.current().nextInt(10_000)).map(Iin::value).orElse(null);
        }
        agency.navigate(url("/recruitment/agency/placements/new?lang=kk"));
        agency.getByLabel("ЖСН", exact()).fill(minor);
        agency.getByLabel("Тегі", exact()).fill("Сейітов");
        agency.getByLabel("Аты", exact()).fill("Арман");
        agency.getByLabel("Жұмыс істейтін ел").selectOption("KOR");
        agency.getByLabel("Шетелдегі жұмыс беруші").fill("Hanil Foods Co., Ltd.");
        agency.getByLabel("Жұмыс берушінің тіркелген елі").selectOption("KOR");
        agency.getByLabel("Жұмыс берушінің тіркеу нөмірі").fill("110111-0012345");
        agency.getByLabel("Лауазымы, жұмысы").fill("Қосалқы жұмысшы");
        agency.getByLabel("Шарттың басталуы").fill("01.02.2027");
        agency.getByLabel("Шарттың аяқталуы").fill("31.01.2028");
        agency.getByLabel("Айлық жалақы").fill("2000000");
        agency.getByLabel("Жалақы валютасы").fill("KRW");
        agency.getByLabel("Жұмыскердің агенттікке төлегені, теңге").fill("0");
        agency.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Хабарлау").setExact(true)).click();
        assertThat(agency.getByRole(AriaRole.ALERT).first()).containsText("Жұмысқа орналастыру қабылданбады, ештеңе сақталмады.", SLOW);
        assertThat(agency.locator("main")).containsText("Жұмыскер 18-ге толмаған");
        step(agency, "placement", "04-minor-refused-kk");

        agency.navigate(url("/recruitment/agency/placements?lang=kk"));
        assertThat(agency.locator("main table tbody tr")).hasCount(1);
        step(agency, "placement", "05-placements-kk");

        // The refused placement of a minor is a risk signal the labour authority reads with its reason.
        Page officer = login("labour");
        Locator signal = officer.locator("table.data tbody tr").first();
        for (int tries = 0; tries < 30; tries++) {
            officer.navigate(url("/recruitment/signals?lang=kk&kind=MINOR_PLACEMENT_ATTEMPT&agency=" + bin));
            if (officer.locator("table.data tbody tr").count() > 0) {
                break;
            }
            officer.waitForTimeout(1000);
        }
        assertThat(signal).containsText("18 жасқа толмаған жұмыскерді жұмысқа орналастыру туралы хабарлады");
        step(officer, "placement", "06-minor-signal-kk");
    }
}
