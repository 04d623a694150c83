package kz.koshi.reference;

import kz.koshi.shared.CodeNames;
import org.springframework.stereotype.Component;

/** Region codes named for modules that do not depend on reference (the audit trail's reasons). */
@Component
class RegionCodeNames implements CodeNames {

    private final ReferenceNames names;

    RegionCodeNames(ReferenceNames names) {
        this.names = names;
    }

    @Override
    public Kind kind() {
        return Kind.REGION;
    }

    @Override
    public String of(String code) {
        return names.region(code);
    }
}
