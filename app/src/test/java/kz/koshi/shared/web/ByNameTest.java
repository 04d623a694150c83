package kz.koshi.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.koshi.shared.LocalizedName;
import kz.koshi.shared.Named;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #13: lists in the viewer's language and alphabet. */
class ByNameTest {

    record Place(LocalizedName name) implements Named {
    }

    private static final Place AKTOBE = new Place(new LocalizedName("Актюбинская область", "Ақтөбе облысы", "Aktobe Region"));
    private static final Place ABAI = new Place(new LocalizedName("Абайская область", "Абай облысы", "Abai Region"));
    private static final Place ULYTAU = new Place(new LocalizedName("Область Ұлытау", "Ұлытау облысы", "Ulytau Region"));
    private static final Place ALMATY = new Place(new LocalizedName("Алматы", "Алматы", "Almaty"));
    private static final Place SHYMKENT = new Place(new LocalizedName("Шымкент", "Шымкент", "Shymkent"));

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void ordersByTheNameTheViewerReadsInTheirAlphabet() {
        List<Place> places = List.of(SHYMKENT, ULYTAU, ALMATY, AKTOBE, ABAI);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("kk"));
        // Қ right after К (before Л), Ұ right after У (before Ш): not where their code points would put them
        assertThat(new ByName().sorted(places)).containsExactly(ABAI, AKTOBE, ALMATY, ULYTAU, SHYMKENT);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(new ByName().sorted(places)).containsExactly(ABAI, AKTOBE, ALMATY, ULYTAU, SHYMKENT);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en"));
        assertThat(new ByName().sorted(places)).containsExactly(ABAI, AKTOBE, ALMATY, SHYMKENT, ULYTAU);
    }

    @Test
    void ordersCodeToNameMapsByName() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en"));
        assertThat(new ByName().entries(Map.of("KZ-62", ULYTAU.name(), "KZ-10", ABAI.name())))
                .extracting(Map.Entry::getKey).containsExactly("KZ-10", "KZ-62");
    }
}
