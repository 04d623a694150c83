package kz.koshi.feeds;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Takes one polled batch of a feed's records, in order: stores every one that can be stored (a record received before
 * is already stored: nothing to do) and answers those that cannot be accepted. Throws when the store itself fails;
 * the batch is then taken again whole, which the once-only keys make harmless.
 */
interface FeedHandler {

    FeedKind kind();

    List<DeadLetter> take(List<ConsumerRecord<byte[], byte[]>> records);
}
