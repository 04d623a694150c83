package kz.koshi.feeds;

import java.util.List;

import kz.koshi.access.SystemPrincipal;
import kz.koshi.reference.Agency;
import kz.koshi.reference.ReferenceData;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who writes a feed: the agency its topic is bound to, acting as that agency's system with the one scope the feed
 * needs, as a bearer token of that agency would (the broker, not Koshi, authenticates the producer). A feed bound to
 * an unknown or inactive agency, or to one whose mandate does not allow the scope, stops the start.
 */
class FeedAgencies {

    private final ReferenceData reference;

    FeedAgencies(ReferenceData reference) {
        this.reference = reference;
    }

    Authentication writerOf(String name, KafkaFeedProperties.Feed feed) {
        if (feed.kind() == null || feed.topic() == null || feed.topic().isBlank()) {
            throw new IllegalStateException("koshi.kafka.feeds." + name + " needs a kind (CROSSINGS or SOURCE_RECORDS) and a topic");
        }
        Agency agency = reference.agency(feed.agency()).filter(Agency::active).orElseThrow(() -> new IllegalStateException(
                "koshi.kafka.feeds." + name + ".agency names no active agency"));
        if (!feed.kind().scope().allowedFor(agency.type())) {
            throw new IllegalStateException("koshi.kafka.feeds." + name + ": an agency of type " + agency.type()
                    + " may not write " + feed.kind() + " (scope " + feed.kind().scope().code() + ")");
        }
        SystemPrincipal system = new SystemPrincipal(0, "kafka:" + feed.topic(), agency.code(), List.of(feed.kind().scope()));
        return UsernamePasswordAuthenticationToken.authenticated(system, null, List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"),
                new SimpleGrantedAuthority(feed.kind().scope().authority())));
    }
}
