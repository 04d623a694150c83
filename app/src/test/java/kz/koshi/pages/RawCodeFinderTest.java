package kz.koshi.pages;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The raw-code check itself: what it must see, and what it must leave alone. */
class RawCodeFinderTest {

    private final RawCodeFinder finder = new RawCodeFinder(new RawCodeVocabulary(RawCodeVocabulary.allEnumConstants(),
            RawCodeVocabulary.allMessageKeys(), Set.of("ROAD-ZHIBEK", "CRISIS-KZ-71", "AIR-ALA")));

    @Test
    void seesEnumCodesKeysReferenceCodesAndEnglishInRussianAndKazakh() {
        assertThat(finder.find("Итог: NEW_PERSON", "ru")).containsExactly("enum-like: NEW_PERSON");
        assertThat(finder.find("Статус LINKED", "en")).containsExactly("enum constant: LINKED");
        assertThat(finder.find("??identity.field.surname_kk??", "kk")).contains("missing message: ??identity.field.surname_kk??");
        assertThat(finder.find("см. identity.field.surname", "ru")).contains("message key: identity.field.surname");
        assertThat(finder.find("Въезд через ROAD-ZHIBEK", "ru")).contains("reference code: ROAD-ZHIBEK");
        assertThat(finder.find("must not be blank", "kk")).contains("English validator default: must not be blank");
        assertThat(finder.find("Доступ (break-the-glass)", "ru")).containsExactly("English word: break-the-glass");
        assertThat(finder.find("Поле: surname, уровень exact", "ru")).containsExactly("English word: surname", "English word: exact");
    }

    @Test
    void leavesNamesNumbersAndEnglishPagesAlone() {
        assertThat(finder.find("Лицо KP000000001, паспорт FA1234567, ИИН 900101300123", "ru")).isEmpty();
        assertThat(finder.find("Въезд через Жибек жолы (Завершено) 2026-03-01 13:00 (Астана)", "ru")).isEmpty();
        assertThat(finder.find("Жібек жолы арқылы кіру", "kk")).isEmpty();
        assertThat(finder.find("Entry bans read, exact match", "en")).isEmpty();
        assertThat(finder.find("Узбекистан (UZB)", "ru")).isEmpty();
    }

    @Test
    void readsTitlesPlaceholdersAndButtonsButNotWhatFormsSend() {
        List<String> text = VisibleText.of(Jsoup.parse("""
                <html><head><title>Заголовок</title><script>var a = "NEW_PERSON";</script></head><body>
                <input type="hidden" name="state" value="LINKED"><select><option value="AIR-ALA">Алматы</option></select>
                <input placeholder="surname"><a title="CRISIS-KZ-71">Центр</a><input type="submit" value="SAVE_ALL"></body></html>"""));
        assertThat(text).contains("Заголовок", "Алматы", "surname", "CRISIS-KZ-71", "SAVE_ALL").doesNotContain("LINKED", "AIR-ALA");
        assertThat(String.join(" ", text)).doesNotContain("NEW_PERSON");
    }

    @Test
    void anAllowListEntryNeedsAReasonAndMayBeLimitedToPages() {
        AllowList list = new AllowList(List.of(new AllowList.Entry("admin", "/admin/officers", "sign-in name")));
        assertThat(list.allows("English word: admin", "/admin/officers")).isTrue();
        assertThat(list.allows("English word: admin", "POST /admin/officers/5/password (empty form)")).isTrue();
        assertThat(list.allows("English word: admin", "/admin/audit")).isFalse();
        AllowList exact = new AllowList(List.of(new AllowList.Entry("checkpoint", "/border$", "one page")));
        assertThat(exact.allows("not in ru order: checkpoint", "/border")).isTrue();
        assertThat(exact.allows("not in ru order: checkpoint", "/border/board")).isFalse();
        assertThat(AllowList.load().entries()).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
    }

    @Test
    void seesAListOutOfTheViewersOrderAndAnAbolishedRegion() {
        String kazakh = "<select name=\"regionCode\"><option value=\"\">—</option><option value=\"KZ-15\">Ақтөбе облысы</option>"
                + "<option value=\"KZ-10\">Абай облысы</option></select>";
        assertThat(SelectOrder.find(Jsoup.parse(kazakh), "kk", Set.of())).containsOnlyKeys("not in kk order: regionCode");
        String sorted = "<select name=\"regionCode\"><option value=\"KZ-10\">Абай облысы</option><option value=\"KZ-11\">Ақмола облысы</option>"
                + "<option value=\"KZ-YUZ\">Оңтүстік Қазақстан облысы</option></select>";
        assertThat(SelectOrder.find(Jsoup.parse(sorted), "kk", Set.of("KZ-YUZ"))).containsOnlyKeys("abolished region offered: KZ-YUZ");
    }
}
