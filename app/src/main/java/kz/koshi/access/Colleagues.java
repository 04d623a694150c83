package kz.koshi.access;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works in an agency with a given role, for those who hand out work there (a supervisor's team). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Colleagues {

    private final OfficerRepository officers;

    Colleagues(OfficerRepository officers) {
        this.officers = officers;
    }

    /** The enabled officers of the agency holding the role, by name. */
    public List<Colleague> withRole(String agencyCode, Role role) {
        return officers.findByAgency(agencyCode).stream().filter(o -> o.enabled() && o.roles().contains(role))
                .map(o -> new Colleague(o.id(), o.fullName())).toList();
    }
}
