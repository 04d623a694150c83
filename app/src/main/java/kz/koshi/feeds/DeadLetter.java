package kz.koshi.feeds;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.http.ProblemDetail;

/** A record a feed cannot accept, and the ProblemDetail that says why (fields and reasons, never the values). */
record DeadLetter(ConsumerRecord<byte[], byte[]> record, ProblemDetail problem) {
}
