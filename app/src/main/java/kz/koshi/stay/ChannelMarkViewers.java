package kz.koshi.stay;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who sees the channel marks on a stay file: the migration police and the border service (who record channels) and
 * prosecutors (who supervise them), officers or systems holding the channels' scope. The labour ministry and akimats,
 * who read stay files for their own work, do not: that a person was moved through a channel is not theirs to know.
 */
@Component
class ChannelMarkViewers {

    private static final Set<String> AUTHORITIES = Set.of("ROLE_MIGRATION_OFFICER", "ROLE_BORDER_OFFICER", "ROLE_PROSECUTOR",
            "SCOPE_enforcement:channels");

    boolean shownToCaller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(AUTHORITIES::contains);
    }
}
