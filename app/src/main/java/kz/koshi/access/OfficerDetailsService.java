package kz.koshi.access;

import java.time.Clock;

import kz.koshi.reference.ReferenceData;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class OfficerDetailsService implements UserDetailsService {

    private final OfficerRepository officers;
    private final ReferenceData reference;
    private final Clock clock;

    OfficerDetailsService(OfficerRepository officers, ReferenceData reference, Clock clock) {
        this.officers = officers;
        this.reference = reference;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Officer officer = officers.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        var agency = reference.agency(officer.agencyCode()).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return new OfficerPrincipal(officer, agency.type(), clock.instant());
    }
}
