package kz.koshi.shared;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Does a piece of work signed in as one of the officer accounts, as the demo data is made: through the real services,
 * so it is audited and follows every rule as that officer's own work would. Signed out again afterwards.
 */
@Component
public class ActingOfficer {

    private final UserDetailsService officers;

    ActingOfficer(UserDetailsService officers) {
        this.officers = officers;
    }

    public <T> T as(String username, Supplier<T> work) {
        UserDetails officer = officers.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
