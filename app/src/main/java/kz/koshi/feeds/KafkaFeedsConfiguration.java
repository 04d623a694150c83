package kz.koshi.feeds;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Validator;
import kz.koshi.border.CrossingIntake;
import kz.koshi.identity.FeedOwnership;
import kz.koshi.identity.IdentityResolution;
import kz.koshi.reference.ReferenceData;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.ProducerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kafka path, built only with {@code koshi.kafka.enabled=true}: the embedded start needs no broker. Consumers and
 * the dead-letter producer take the connection, TLS and SASL settings of {@code spring.kafka.*} (Boot's factories)
 * and fix what the guarantees rest on: no automatic commit, reading from the earliest offset when the group is new,
 * committed records only, and an idempotent producer acknowledged by all in-sync replicas.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "koshi.kafka.enabled", havingValue = "true")
@EnableConfigurationProperties(KafkaFeedProperties.class)
class KafkaFeedsConfiguration {

    @Bean
    FeedConsumers feedConsumers(KafkaFeedProperties properties, ConsumerFactory<?, ?> boot, ProducerFactory<?, ?> bootProducer,
                                ReferenceData reference, CrossingIntake crossings, IdentityResolution resolution,
                                FeedOwnership ownership, JsonMapper json, Validator validator, MessageSource messages) {
        FeedJson reader = new FeedJson(json);
        FeedProblems problems = new FeedProblems(validator, messages);
        Map<FeedKind, FeedHandler> handlers = Map.of(
                FeedKind.CROSSINGS, new CrossingFeed(crossings, reader, problems, properties.chunk()),
                FeedKind.SOURCE_RECORDS, new SourceRecordFeed(resolution, ownership, reader, problems));
        DeadLetters deadLetters = new DeadLetters(producer(bootProducer), json);
        FeedAgencies agencies = new FeedAgencies(reference);
        return new FeedConsumers(properties, consumer(boot), deadLetters, name -> {
            KafkaFeedProperties.Feed feed = properties.feeds().get(name);
            return new FeedListener(handlers.get(feed.kind()), agencies.writerOf(name, feed), feed.deadLetters(), deadLetters, problems);
        });
    }

    private static ConsumerFactory<byte[], byte[]> consumer(ConsumerFactory<?, ?> boot) {
        Map<String, Object> config = new HashMap<>(boot.getConfigurationProperties());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new DefaultKafkaConsumerFactory<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static DefaultKafkaProducerFactory<byte[], byte[]> producer(ProducerFactory<?, ?> boot) {
        Map<String, Object> config = new HashMap<>(boot.getConfigurationProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
