package org.meshbench.protocol;

import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Makes request and event ids: all 64 bits random (the API asks for at least 48). A request id is
 * never 0, since 0 marks a response the gateway sent unprompted. Thread-safe.
 */
public final class MessageIdGenerator {

    private final RandomGenerator random;

    /** Package-private so that tests can supply a source that yields 0. */
    MessageIdGenerator(RandomGenerator random) {
        this.random = random;
    }

    /** @return a generator backed by {@link SecureRandom}, for real traffic */
    public static MessageIdGenerator secure() {
        return new MessageIdGenerator(new SecureRandom());
    }

    /**
     * @param seed the seed
     * @return a generator that gives the same ids for the same seed, for simulators and tests
     */
    public static MessageIdGenerator seeded(long seed) {
        return new MessageIdGenerator(new SplittableRandom(seed));
    }

    /** @return a random non-zero request id (read as unsigned) */
    public synchronized long nextRequestId() {
        long id;
        do {
            id = random.nextLong();
        } while (id == 0);
        return id;
    }

    /** @return a random event id (read as unsigned) */
    public synchronized long nextEventId() {
        return random.nextLong();
    }
}
