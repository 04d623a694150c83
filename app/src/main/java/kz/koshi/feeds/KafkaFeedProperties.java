package kz.koshi.feeds;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code koshi.kafka.*}: the feeds Koshi consumes (README "Kafka"). The connection, TLS and SASL are the broker's,
 * set with {@code spring.kafka.*}. {@code chunk}: records given to the application service at once;
 * {@code retryInterval}/{@code maxRetryInterval}: the back-off while the database cannot take a batch (it is taken
 * again, never skipped).
 */
@ConfigurationProperties("koshi.kafka")
public record KafkaFeedProperties(@DefaultValue("false") boolean enabled, @DefaultValue("koshi") String groupId,
                                  @DefaultValue("500") int chunk, @DefaultValue("1s") Duration retryInterval,
                                  @DefaultValue("1m") Duration maxRetryInterval, Map<String, Feed> feeds) {

    public KafkaFeedProperties {
        feeds = feeds == null ? Map.of() : Map.copyOf(feeds);
    }

    /**
     * One feed: its topic, what it carries, the agency (code) whose system writes it, its dead-letter topic
     * (default {@code <topic>.DLT}) and how many consumers read it in this node (at most one per partition).
     */
    public record Feed(FeedKind kind, String topic, String agency, String deadLetterTopic, @DefaultValue("1") int concurrency) {

        public String deadLetters() {
            return deadLetterTopic == null || deadLetterTopic.isBlank() ? topic + ".DLT" : deadLetterTopic;
        }
    }
}
