package org.meshbench.simulator.internal.sink;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.provisioning.FrameHeader;
import org.meshbench.provisioning.ProvisioningFrame;
import org.meshbench.provisioning.ProvisioningMethod;
import org.meshbench.provisioning.ProvisioningNode;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.WhitelistEntry;
import org.meshbench.simulator.internal.node.ProvisioningCandidate;
import org.meshbench.simulator.internal.node.SimNetwork;

/**
 * Where the nodes of a whitelist wait to be provisioned: each on the sink of the network its entry
 * names (the first sink when it names none), and one stranger, whose UID is not listed, on the first sink.
 */
public final class ProvisioningLayout {

    /** UID of the node that is not in the whitelist. */
    public static final Bytes STRANGER_UID = Bytes.of("meshbench-stranger".getBytes(StandardCharsets.UTF_8));
    private static final int MAX_HOPS = 5;

    private ProvisioningLayout() {
    }

    /**
     * @param whitelist a whitelist
     * @return the network addresses its entries name, each once, in file order
     */
    public static List<Long> networks(Whitelist whitelist) {
        return whitelist.entries().stream().map(entry -> entry.data().networkAddress()).filter(a -> a.isPresent())
                .map(a -> a.getAsLong()).distinct().toList();
    }

    /**
     * @param whitelist the nodes to place
     * @param sinks every sink of the fleet, in order; the whitelist's networks are among theirs
     * @param random where addresses, session ids and IVs come from
     */
    public static void place(Whitelist whitelist, List<SimSink> sinks, SplittableRandom random) {
        for (WhitelistEntry entry : whitelist.entries()) {
            SimSink sink = sinks.stream().filter(s -> entry.data().networkAddress().isPresent()
                    && s.state().networkAddress() == entry.data().networkAddress().getAsLong()).findFirst()
                    .orElse(sinks.get(0));
            add(sink, entry.uid(), entry.method(), entry, random);
        }
        if (whitelist.entry(STRANGER_UID).isEmpty()) {
            add(sinks.get(0), STRANGER_UID, ProvisioningMethod.UNSECURED, null, random);
        }
    }

    private static void add(SimSink sink, Bytes uid, ProvisioningMethod method, WhitelistEntry entry,
            SplittableRandom random) {
        SimNetwork network = sink.network();
        long address;
        do {
            address = random.nextLong(1, SimNetwork.MAX_NODE_ADDRESS + 1);
        } while (network.taken(address) || address == sink.state().nodeAddress());
        byte[] iv = new byte[ProvisioningFrame.IV_LENGTH];
        random.nextBytes(iv);
        ProvisioningNode protocol = new ProvisioningNode(uid, method,
                entry == null ? Optional.empty() : entry.factoryKey(), FrameHeader.of(address, random.nextInt(256)),
                Bytes.of(iv));
        network.addCandidate(new ProvisioningCandidate(address, random.nextInt(1, MAX_HOPS + 1), protocol));
    }
}
