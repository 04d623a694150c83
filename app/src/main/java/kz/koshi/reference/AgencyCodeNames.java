package kz.koshi.reference;

import kz.koshi.shared.CodeNames;
import org.springframework.stereotype.Component;

/** Agency codes named for modules that do not depend on reference (the audit trail's reasons). */
@Component
class AgencyCodeNames implements CodeNames {

    private final ReferenceNames names;

    AgencyCodeNames(ReferenceNames names) {
        this.names = names;
    }

    @Override
    public Kind kind() {
        return Kind.AGENCY;
    }

    @Override
    public String of(String code) {
        return names.agency(code);
    }
}
