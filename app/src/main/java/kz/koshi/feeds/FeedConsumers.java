package kz.koshi.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * One listener container per feed, in the group {@code koshi.kafka.group-id}: offsets are committed by the container
 * after each batch the listener returned from (never automatically by the client), so a node that stops in the middle
 * of a batch leaves it to be read again, which the once-only keys make harmless. A batch the database could not take
 * is taken again after a back-off that grows to {@code koshi.kafka.max-retry-interval}, for as long as it takes.
 */
public class FeedConsumers implements SmartLifecycle, DisposableBean {

    private final List<ConcurrentMessageListenerContainer<byte[], byte[]>> containers = new ArrayList<>();
    private final DeadLetters deadLetters;

    FeedConsumers(KafkaFeedProperties properties, ConsumerFactory<byte[], byte[]> consumers, DeadLetters deadLetters,
                  Function<String, FeedListener> listeners) {
        this.deadLetters = deadLetters;
        for (Map.Entry<String, KafkaFeedProperties.Feed> feed : properties.feeds().entrySet()) {
            FeedListener listener = listeners.apply(feed.getKey()); // checks the feed's binding first
            ContainerProperties container = new ContainerProperties(feed.getValue().topic());
            container.setGroupId(properties.groupId());
            container.setAckMode(ContainerProperties.AckMode.BATCH);
            container.setMessageListener(listener);
            var consumer = new ConcurrentMessageListenerContainer<>(consumers, container);
            consumer.setConcurrency(Math.max(1, feed.getValue().concurrency()));
            consumer.setBeanName("koshi-feed-" + feed.getKey());
            ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInterval().toMillis(), 2.0);
            backOff.setMaxInterval(properties.maxRetryInterval().toMillis());
            consumer.setCommonErrorHandler(new DefaultErrorHandler(backOff));
            containers.add(consumer);
        }
    }

    /** The feed's container, by its name in {@code koshi.kafka.feeds}. */
    public ConcurrentMessageListenerContainer<byte[], byte[]> feed(String name) {
        return containers.stream().filter(c -> c.getBeanName().equals("koshi-feed-" + name)).findFirst().orElseThrow();
    }

    @Override
    public void start() {
        containers.forEach(ConcurrentMessageListenerContainer::start);
    }

    @Override
    public void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
    }

    @Override
    public void destroy() {
        deadLetters.close();
    }

    @Override
    public boolean isRunning() {
        return containers.stream().anyMatch(ConcurrentMessageListenerContainer::isRunning);
    }
}
