package kz.koshi.reference;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names of reference data in the viewer's language, for pages: {@code ${@referenceNames.agency(code)}} gives
 * "Кризисный центр, Астана", never {@code CRISIS-KZ-71}. A code that reference data does not hold (a record older
 * than the list) is shown as it is. Agencies are read again when a code is not yet known (a newly licensed one).
 */
@Component("referenceNames")
public class ReferenceNames {

    private final ReferenceData reference;
    private volatile Map<String, Agency> agencies = Map.of();
    private volatile Map<String, Region> regions = Map.of();

    ReferenceNames(ReferenceData reference) {
        this.reference = reference;
    }

    public String agency(String code) {
        if (code != null && !agencies.containsKey(code)) {
            agencies = reference.agencies().stream().collect(Collectors.toUnmodifiableMap(Agency::code, Function.identity()));
        }
        Agency agency = code == null ? null : agencies.get(code);
        return agency == null ? (code == null ? "" : code) : agency.name().in(LocaleContextHolder.getLocale());
    }

    public String region(String code) {
        if (code != null && !regions.containsKey(code)) {
            regions = reference.allRegions().stream().collect(Collectors.toUnmodifiableMap(Region::code, Function.identity()));
        }
        Region region = code == null ? null : regions.get(code);
        return region == null ? (code == null ? "" : code) : region.name().in(LocaleContextHolder.getLocale());
    }
}
