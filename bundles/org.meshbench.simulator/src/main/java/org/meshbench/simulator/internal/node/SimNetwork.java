package org.meshbench.simulator.internal.node;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.meshbench.protocol.value.FirmwareVersion;

/**
 * The nodes behind one sink, with their shared OTAP state. Not thread-safe: the owning gateway
 * serializes access.
 */
public final class SimNetwork {

    /** Highest node address; diagnostics carry addresses in 24 bits. */
    public static final long MAX_NODE_ADDRESS = 0xFF_FFFEL;
    private static final int MAX_HOPS = 5;
    private static final double ROUTER_SHARE = 0.3;

    private final List<SimNode> nodes;
    private final Map<Long, SimNode> byAddress;
    private final Map<Long, ProvisioningCandidate> candidates = new LinkedHashMap<>();
    private final NetworkOtap otap;

    private SimNetwork(List<SimNode> nodes, NetworkOtap otap) {
        this.nodes = nodes;
        this.byAddress = new HashMap<>();
        nodes.forEach(node -> byAddress.put(node.address(), node));
        this.otap = otap;
    }

    /**
     * @param random      where addresses and properties come from
     * @param sinkAddress the sink's node address, which no node may have
     * @param count       number of nodes
     * @param firmware    the firmware the nodes run at first
     * @return a network of {@code count} nodes with distinct addresses
     */
    public static SimNetwork create(SplittableRandom random, long sinkAddress, int count, FirmwareVersion firmware) {
        List<SimNode> nodes = new ArrayList<>(count);
        Set<Long> taken = new HashSet<>();
        taken.add(sinkAddress);
        while (nodes.size() < count) {
            long address = random.nextLong(1, MAX_NODE_ADDRESS + 1);
            if (taken.add(address)) {
                int role = random.nextDouble() < ROUTER_SHARE ? SimNode.ROLE_ROUTER : SimNode.ROLE_NON_ROUTER;
                nodes.add(new SimNode(address, random.nextInt(1, MAX_HOPS + 1), role,
                        random.nextInt(80, 131), random.nextInt(1, 4)));
            }
        }
        return new SimNetwork(nodes, new NetworkOtap(firmware));
    }

    /** @return the nodes, in creation order, then those that joined (unmodifiable) */
    public List<SimNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** @param node a node that joins the network and sends from now on */
    public void join(SimNode node) {
        nodes.add(node);
        byAddress.put(node.address(), node);
    }

    /** @param candidate a node waiting here to be provisioned */
    public void addCandidate(ProvisioningCandidate candidate) {
        candidates.put(candidate.address(), candidate);
    }

    /** @param candidate a candidate that has left, provisioned */
    public void removeCandidate(ProvisioningCandidate candidate) {
        candidates.remove(candidate.address());
    }

    /** @return the nodes waiting to be provisioned, a copy */
    public List<ProvisioningCandidate> candidates() {
        return List.copyOf(candidates.values());
    }

    /**
     * @param address an address
     * @return the candidate with that address, if any
     */
    public Optional<ProvisioningCandidate> candidate(long address) {
        return Optional.ofNullable(candidates.get(address));
    }

    /**
     * @param address an address
     * @return whether a node or a candidate has it
     */
    public boolean taken(long address) {
        return byAddress.containsKey(address) || candidates.containsKey(address);
    }

    /**
     * @param address a node address
     * @return the node with that address, if any
     */
    public Optional<SimNode> node(long address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    /** @return the OTAP state the nodes share */
    public NetworkOtap otap() {
        return otap;
    }
}
