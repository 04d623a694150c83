package kz.koshi.access;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import kz.koshi.shared.KoshiPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An agency system authenticated by its bearer token; its authorities are the token's scopes. */
public record SystemPrincipal(long tokenId, String tokenName, String agencyCode, List<ApiScope> scopes) implements KoshiPrincipal {

    SystemPrincipal(ApiToken token) {
        this(token.id(), token.name(), token.agencyCode(), List.copyOf(token.scopes()));
    }

    @Override
    public String actorName() {
        return "system:" + tokenName;
    }

    Collection<? extends GrantedAuthority> authorities() {
        return Stream.concat(Stream.of(new SimpleGrantedAuthority("ROLE_SYSTEM")),
                scopes.stream().map(s -> new SimpleGrantedAuthority(s.authority()))).toList();
    }
}
