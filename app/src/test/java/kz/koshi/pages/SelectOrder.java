package kz.koshi.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Issue #13: lists of reference data are in the viewer's alphabet, and a form for a new record offers no region that
 * no longer exists. Looks at every select of countries, regions, agencies, centres and checkpoints on a page.
 */
final class SelectOrder {

    private static final java.util.regex.Pattern REFERENCE_SELECT = java.util.regex.Pattern.compile(
            "(?i).*(countr|citizenship|region|agency|centre|checkpoint).*");

    private SelectOrder() {
    }

    /**
     * Findings ("kind: select name") with what was seen, for selects whose labels are out of order, or that offer an
     * abolished region.
     */
    static Map<String, String> find(Document page, String language, Set<String> abolishedRegions) {
        Map<String, String> found = new LinkedHashMap<>();
        Collator collator = Collator.getInstance(ULocale.forLocale(Locale.forLanguageTag(language)));
        for (Element select : page.select("select[name]")) {
            if (!REFERENCE_SELECT.matcher(select.attr("name")).matches()) {
                continue;
            }
            List<String> labels = select.select("option[value~=.+]").eachText();
            for (int i = 1; i < labels.size(); i++) {
                if (collator.compare(labels.get(i - 1), labels.get(i)) > 0) {
                    found.put("not in " + language + " order: " + select.attr("name"), labels.get(i - 1) + " before " + labels.get(i));
                    break;
                }
            }
            select.select("option").stream().filter(o -> abolishedRegions.contains(o.attr("value")))
                    .forEach(o -> found.put("abolished region offered: " + o.attr("value"), select.attr("name") + ": " + o.text()));
        }
        return found;
    }
}
