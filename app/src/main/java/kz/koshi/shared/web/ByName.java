package kz.koshi.shared.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import kz.koshi.shared.LocalizedName;
import kz.koshi.shared.Named;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lists in the viewer's language and alphabet: {@code ${@byName.sorted(countries)}} orders by the name an officer
 * reads, with the collation of Russian, Kazakh (Ә after А, Қ after К) or English. The one way pages order reference
 * data in selects and tables.
 */
@Component("byName")
public class ByName {

    public <T extends Named> List<T> sorted(Collection<T> items) {
        Comparator<String> order = collation();
        return items.stream().sorted(Comparator.comparing((T t) -> t.name().in(LocaleContextHolder.getLocale()), order)).toList();
    }

    /** Code-to-name maps (e.g. regions by code) as entries ordered by name. */
    public List<Map.Entry<String, LocalizedName>> entries(Map<String, LocalizedName> names) {
        Comparator<String> order = collation();
        return names.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, LocalizedName> e) -> e.getValue().in(LocaleContextHolder.getLocale()), order))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static Comparator<String> collation() {
        Collator collator = Collator.getInstance(ULocale.forLocale(LocaleContextHolder.getLocale()));
        return (Comparator<String>) (Comparator<?>) collator;
    }
}
