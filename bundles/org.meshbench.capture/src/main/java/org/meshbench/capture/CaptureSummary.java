package org.meshbench.capture;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a capture holds: its message count, time span and messages per kind of topic. Immutable.
 *
 * @param compressed whether the file is gzip-compressed
 * @param messages the number of readable messages
 * @param first when the first was received, if there is one
 * @param last when the last was received, if there is one
 * @param topics per kind of topic (its first two levels, e.g. {@code gw-event/received_data}), the number of
 *            messages and of distinct topics, sorted by kind
 * @param damage where reading stopped early, if it did
 */
public record CaptureSummary(boolean compressed, long messages, Optional<Instant> first, Optional<Instant> last,
        Map<String, TopicCount> topics, Optional<CaptureDamage> damage) {

    /**
     * @param messages messages of this kind
     * @param distinctTopics distinct topics among them
     */
    public record TopicCount(long messages, int distinctTopics) {
    }

    /** Copies the map. */
    public CaptureSummary {
        topics = Collections.unmodifiableMap(new TreeMap<>(topics));
    }

    /**
     * Reads the capture to its end or its damage.
     *
     * @param capture the capture, at its first message
     * @return its summary
     * @throws IOException if it cannot be read
     */
    public static CaptureSummary of(CaptureReader capture) throws IOException {
        Map<String, Map<String, Long>> byKind = new TreeMap<>();
        Instant first = null;
        Instant last = null;
        for (Optional<CapturedMessage> next = capture.next(); next.isPresent(); next = capture.next()) {
            CapturedMessage message = next.get();
            first = first == null ? message.receivedAt() : first;
            last = message.receivedAt();
            byKind.computeIfAbsent(kind(message.topic()), kind -> new TreeMap<>()).merge(message.topic(), 1L,
                    Long::sum);
        }
        Map<String, TopicCount> topics = new TreeMap<>();
        byKind.forEach((kind, counts) -> topics.put(kind, new TopicCount(
                counts.values().stream().mapToLong(Long::longValue).sum(), counts.size())));
        return new CaptureSummary(capture.compressed(), capture.messages(), Optional.ofNullable(first),
                Optional.ofNullable(last), topics, capture.damage());
    }

    /** @return the time from the first to the last message; zero without messages */
    public Duration span() {
        return first.isEmpty() ? Duration.ZERO : Duration.between(first.get(), last.get());
    }

    private static String kind(String topic) {
        int slash = topic.indexOf('/');
        int second = slash < 0 ? -1 : topic.indexOf('/', slash + 1);
        return second < 0 ? topic : topic.substring(0, second);
    }
}
