package org.meshbench.network;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one sink's request within a network-wide operation. Immutable.
 *
 * @param <T> the type of the result value
 * @param sink the sink
 * @param value the result of a successful request; always empty for {@code SinkResult<Void>}
 * @param failure why it failed: a {@link NetworkException}, a {@link RequestTimeoutException}, or
 *            a cancellation; empty on success
 */
public record SinkResult<T>(SinkRef sink, Optional<T> value, Optional<Throwable> failure) {

    /** Checks that a failure comes without value. */
    public SinkResult {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(failure, "failure");
        if (value.isPresent() && failure.isPresent()) {
            throw new IllegalArgumentException("a failed sink result has no value");
        }
    }

    /**
     * @param <T> the result type
     * @param sink the sink
     * @param value the result, null for {@code Void}
     * @return a success
     */
    public static <T> SinkResult<T> success(SinkRef sink, T value) {
        return new SinkResult<>(sink, Optional.ofNullable(value), Optional.empty());
    }

    /**
     * @param <T> the result type
     * @param sink the sink
     * @param failure why it failed
     * @return a failure
     */
    public static <T> SinkResult<T> failure(SinkRef sink, Throwable failure) {
        return new SinkResult<>(sink, Optional.empty(), Optional.of(failure));
    }

    /** @return whether the request succeeded */
    public boolean succeeded() {
        return failure.isEmpty();
    }
}
