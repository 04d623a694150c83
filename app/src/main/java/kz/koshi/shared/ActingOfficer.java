package kz.koshi.shared;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Does a piece of work signed in as one of the officer accounts, as the demo data is made: through the real services,
 * so it is audited and follows every rule as that officer's own work would. Afterwards the thread is signed in as
 * before (a piece of work may do another as a second officer).
 */
@Component
public class ActingOfficer {

    private final UserDetailsService officers;

    ActingOfficer(UserDetailsService officers) {
        this.officers = officers;
    }

    public <T> T as(String username, Supplier<T> work) {
        UserDetails officer = officers.loadUserByUsername(username);
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        try {
            return work.get();
        } finally {
            if (before == null) {
                SecurityContextHolder.clearContext();
            } else {
                SecurityContextHolder.getContext().setAuthentication(before);
            }
        }
    }
}
