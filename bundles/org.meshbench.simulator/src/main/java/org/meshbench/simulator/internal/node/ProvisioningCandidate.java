package org.meshbench.simulator.internal.node;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.meshbench.provisioning.MalformedFrameException;
import org.meshbench.provisioning.ProvisioningData;
import org.meshbench.provisioning.ProvisioningFrame;
import org.meshbench.provisioning.ProvisioningNode;

/**
 * A node that is not provisioned yet: it sends START every {@link #START_INTERVAL} until the server
 * answers, acknowledges valid DATA and then joins its network; after a server NACK it gives up.
 * Not thread-safe: the owning gateway serializes access.
 */
public final class ProvisioningCandidate {

    /** How often a node repeats START while the server does not answer. */
    public static final Duration START_INTERVAL = Duration.ofSeconds(5);

    private final long address;
    private final int hopCount;
    private final ProvisioningNode protocol;
    private Instant nextStart;
    private boolean answered;
    private ProvisioningData provisioned;

    /**
     * @param address its address before provisioning, unique in the network it starts in
     * @param hopCount hops to the sink
     * @param protocol the node side of its session
     */
    public ProvisioningCandidate(long address, int hopCount, ProvisioningNode protocol) {
        this.address = address;
        this.hopCount = hopCount;
        this.protocol = protocol;
    }

    /** @return its address before provisioning */
    public long address() {
        return address;
    }

    /** @return hops to the sink */
    public int hopCount() {
        return hopCount;
    }

    /**
     * @param now the current time; the first call sends START at once
     * @return START, when one is due
     */
    public Optional<byte[]> startIfDue(Instant now) {
        if (answered || (nextStart != null && now.isBefore(nextStart))) {
            return Optional.empty();
        }
        nextStart = now.plus(START_INTERVAL);
        return Optional.of(protocol.start().encode());
    }

    /**
     * @param payload what the server sent to this node on 255→246
     * @return the node's answer, if any
     */
    public Optional<byte[]> receive(byte[] payload) {
        try {
            ProvisioningNode.Step step = protocol.receive(ProvisioningFrame.decode(payload));
            answered |= step.refused().isPresent() || step.provisioned().isPresent();
            step.provisioned().ifPresent(data -> provisioned = data);
            return step.reply().map(ProvisioningFrame::encode);
        } catch (MalformedFrameException e) {
            return Optional.empty(); // a node ignores what it cannot read
        }
    }

    /** @return the data it accepted, once provisioned */
    public Optional<ProvisioningData> provisioned() {
        return Optional.ofNullable(provisioned);
    }
}
