package org.meshbench.testcases.builtin.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.testcases.builtin.internal.support.Samples;

/**
 * Echo requests in flight and their round-trip times. A probe payload starts with a tag unique to
 * the run and a sequence number, so echoes of other runs or other backends are ignored.
 * Thread-safe: probes are sent by the test's thread and answered on a listener thread.
 */
final class EchoProbes {

    /** Tag and sequence number. */
    static final int HEADER_SIZE = 8;

    private final int tag;
    private final int payloadSize;
    private final Map<Integer, Probe> pending = new HashMap<>();
    private final Map<Long, int[]> sentAndAnsweredByNode = new TreeMap<>();
    private final Samples roundTripsMs = new Samples();
    private int nextSequence;

    private record Probe(long node, long sentNanos) {
    }

    EchoProbes(int tag, int payloadSize) {
        this.tag = tag;
        this.payloadSize = payloadSize;
    }

    /** @return the payload of a new probe to the node, counted as sent from now */
    synchronized byte[] next(long node) {
        int sequence = nextSequence++;
        pending.put(sequence, new Probe(node, System.nanoTime()));
        sentAndAnsweredByNode.computeIfAbsent(node, n -> new int[2])[0]++;
        return ByteBuffer.allocate(payloadSize).order(ByteOrder.LITTLE_ENDIAN).putInt(tag).putInt(sequence).array();
    }

    /** @param packet a packet on the echo endpoints; matched to its probe by tag, sequence and node */
    void received(ReceivedPacket packet) {
        long arrived = System.nanoTime();
        byte[] payload = packet.event().payload().map(bytes -> bytes.toByteArray()).orElse(new byte[0]);
        if (payload.length < HEADER_SIZE) {
            return;
        }
        ByteBuffer header = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
        if (header.getInt() != tag) {
            return;
        }
        int sequence = header.getInt();
        synchronized (this) {
            Probe probe = pending.get(sequence);
            if (probe == null || probe.node() != packet.sourceAddress()) {
                return;
            }
            pending.remove(sequence);
            sentAndAnsweredByNode.get(probe.node())[1]++;
            roundTripsMs.add((arrived - probe.sentNanos()) / 1e6);
            notifyAll();
        }
    }

    /**
     * A probe the gateway refused will never be answered: it counts as lost without being waited for.
     *
     * @param payload the payload {@link #next} returned
     */
    synchronized void notSent(byte[] payload) {
        pending.remove(ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN).getInt(Integer.BYTES));
    }

    /**
     * @param timeout the longest wait
     * @throws InterruptedException if interrupted while waiting
     */
    synchronized void awaitAnswers(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    synchronized int sent() {
        return nextSequence;
    }

    /** @return the round-trip times of the answered probes, in milliseconds */
    Samples roundTripsMs() {
        return roundTripsMs;
    }

    /** @return per node: probes sent and answered */
    synchronized Map<Long, int[]> perNode() {
        Map<Long, int[]> copy = new TreeMap<>();
        sentAndAnsweredByNode.forEach((node, counts) -> copy.put(node, counts.clone()));
        return copy;
    }
}
