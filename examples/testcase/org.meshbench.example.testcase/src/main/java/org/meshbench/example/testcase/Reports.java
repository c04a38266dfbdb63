package org.meshbench.example.testcase;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.meshbench.network.ReceivedPacket;

/**
 * When each commanded sensor was sent its command and when it reported. Thread-safe: commands are
 * sent on the test's thread, reports arrive on a network listener thread.
 */
final class Reports {

    private final int tag;
    private final Map<Long, Long> commandedNanos = new TreeMap<>();
    private final Map<Long, Duration> reportedAfter = new TreeMap<>();

    /** @param tag the tag of this run's commands */
    Reports(int tag) {
        this.tag = tag;
    }

    /**
     * @param node a sensor whose command is about to be sent
     * @param sentNanos {@link System#nanoTime()} now
     */
    synchronized void commanded(long node, long sentNanos) {
        commandedNanos.put(node, sentNanos);
    }

    /** @param node a sensor whose command the gateway refused: it is not waited for */
    synchronized void notSent(long node) {
        commandedNanos.remove(node);
        notifyAll();
    }

    /** @param packet a packet on the report endpoints; counted once per commanded node */
    void received(ReceivedPacket packet) {
        long arrived = System.nanoTime();
        byte[] payload = packet.event().payload().map(bytes -> bytes.toByteArray()).orElse(new byte[0]);
        if (!ReportCommand.answers(payload, tag)) {
            return;
        }
        synchronized (this) {
            Long sent = commandedNanos.get(packet.sourceAddress());
            if (sent != null && !reportedAfter.containsKey(packet.sourceAddress())) {
                reportedAfter.put(packet.sourceAddress(), Duration.ofNanos(arrived - sent));
                notifyAll();
            }
        }
    }

    /**
     * Waits until every commanded sensor reported or the time is up.
     *
     * @param limit the longest wait
     * @throws InterruptedException if the test is cancelled or times out meanwhile
     */
    synchronized void awaitAll(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (reportedAfter.size() < commandedNanos.size()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /**
     * @param node a commanded sensor
     * @return how long after its command it reported, if it did
     */
    synchronized Optional<Duration> reportedAfter(long node) {
        return Optional.ofNullable(reportedAfter.get(node));
    }

    /** @return how many sensors were sent their command */
    synchronized int commandedCount() {
        return commandedNanos.size();
    }
}
