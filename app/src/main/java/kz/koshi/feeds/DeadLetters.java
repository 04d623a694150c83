package kz.koshi.feeds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the records a feed cannot accept to its dead-letter topic, unchanged (key, value and headers, so that a
 * corrected record can be sent again), with the ProblemDetail as JSON in the header {@value #PROBLEM} and where the
 * record came from ({@value #TOPIC}, {@value #PARTITION}, {@value #OFFSET}). Waits until the broker has them: the
 * feed's offsets are committed only after.
 */
class DeadLetters {

    static final String PROBLEM = "koshi-problem";
    static final String TOPIC = "koshi-original-topic";
    static final String PARTITION = "koshi-original-partition";
    static final String OFFSET = "koshi-original-offset";

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> kafka;
    private final JsonMapper json;

    DeadLetters(DefaultKafkaProducerFactory<byte[], byte[]> producers, JsonMapper json) {
        this.producers = producers;
        this.kafka = new KafkaTemplate<>(producers);
        this.json = json;
    }

    void close() {
        producers.destroy();
    }

    void send(String topic, List<DeadLetter> letters) {
        List<CompletableFuture<SendResult<byte[], byte[]>>> sent = new ArrayList<>(letters.size());
        for (DeadLetter letter : letters) {
            var original = letter.record();
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null, original.key(), original.value(),
                    new RecordHeaders(original.headers().toArray()));
            record.headers().add(PROBLEM, json.writeValueAsBytes(letter.problem()));
            record.headers().add(TOPIC, bytes(original.topic()));
            record.headers().add(PARTITION, bytes(String.valueOf(original.partition())));
            record.headers().add(OFFSET, bytes(String.valueOf(original.offset())));
            sent.add(kafka.send(record));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
