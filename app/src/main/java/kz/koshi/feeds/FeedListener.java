package kz.koshi.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Consumes one feed's polled batches as the feed's agency: its handler stores what it can, the rest goes to the
 * dead-letter topic, and only then does the listener return, after which the container commits the batch's offsets.
 * A failure of the database ({@link FeedFailures#passing}) is thrown: the batch is taken again after a back-off, never
 * skipped. Any other failure of a batch has it taken record by record, so that one record the service fails on is set
 * aside (dead letter, 500) and the others are stored.
 */
class FeedListener implements BatchMessageListener<byte[], byte[]> {

    private static final Logger log = LoggerFactory.getLogger(FeedListener.class);

    private final FeedHandler handler;
    private final Authentication writer;
    private final String deadLetterTopic;
    private final DeadLetters deadLetters;
    private final FeedProblems problems;

    FeedListener(FeedHandler handler, Authentication writer, String deadLetterTopic, DeadLetters deadLetters, FeedProblems problems) {
        this.handler = handler;
        this.writer = writer;
        this.deadLetterTopic = deadLetterTopic;
        this.deadLetters = deadLetters;
        this.problems = problems;
    }

    @Override
    public void onMessage(List<ConsumerRecord<byte[], byte[]>> records) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(writer);
        SecurityContextHolder.setContext(context);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            List<DeadLetter> dead = taken(records);
            if (!dead.isEmpty()) {
                deadLetters.send(deadLetterTopic, dead);
                log.info("{} of {} records of a {} feed went to {}", dead.size(), records.size(), handler.kind(), deadLetterTopic);
            }
        } finally {
            LocaleContextHolder.resetLocaleContext();
            SecurityContextHolder.clearContext();
        }
    }

    private List<DeadLetter> taken(List<ConsumerRecord<byte[], byte[]>> records) {
        try {
            return handler.take(records);
        } catch (RuntimeException e) {
            if (FeedFailures.passing(e)) {
                throw e;
            }
            List<DeadLetter> dead = new ArrayList<>();
            records.forEach(record -> dead.addAll(alone(record)));
            return dead;
        }
    }

    private List<DeadLetter> alone(ConsumerRecord<byte[], byte[]> record) {
        try {
            return handler.take(List.of(record));
        } catch (RuntimeException e) {
            if (FeedFailures.passing(e)) {
                throw e;
            }
            log.warn("A {} record at {}-{}@{} could not be stored: {}", handler.kind(), record.topic(), record.partition(),
                    record.offset(), e.getClass().getSimpleName());
            return List.of(new DeadLetter(record, problems.failed(e)));
        }
    }
}
