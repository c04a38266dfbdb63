package org.meshbench.simulator.internal.sink;

import java.util.SplittableRandom;
import org.meshbench.protocol.value.AccessCycleRange;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.BaseRole;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.FirmwareVersion;
import org.meshbench.protocol.value.NodeRole;
import org.meshbench.simulator.internal.node.SimNetwork;

/**
 * One simulated sink: its configuration, scratchpad area, configuration data items and the network
 * of nodes behind it. Not thread-safe: the owning gateway serializes access.
 */
public final class SimSink {

    /** Stack version a simulated sink and its nodes run at first. */
    public static final FirmwareVersion INITIAL_FIRMWARE = new FirmwareVersion(5, 4, 0, 0);
    /** Diagnostic interval a sink starts with, in seconds. */
    public static final long INITIAL_DIAG_INTERVAL_S = 60;
    /** App config a sink starts with: an empty Wirepas TLV app config (magic F6 7E, 0 entries). */
    public static final Bytes INITIAL_APP_CONFIG = Bytes.of((byte) 0xF6, (byte) 0x7E, (byte) 0x00);

    private final String id;
    private final SinkState state;
    private final ScratchpadStore scratchpad = new ScratchpadStore();
    private final ConfigurationData configurationData = new ConfigurationData();
    private final SimNetwork network;

    private SimSink(String id, SinkState state, SimNetwork network) {
        this.id = id;
        this.state = state;
        this.network = network;
    }

    /**
     * @param id             the sink id
     * @param random         where the sink's node address, channel and its nodes come from
     * @param networkAddress the network address, unique in the fleet
     * @param nodeCount      number of nodes behind the sink
     * @return a started sink with a default configuration
     */
    public static SimSink create(String id, SplittableRandom random, long networkAddress, int nodeCount) {
        long nodeAddress = random.nextLong(1, SimNetwork.MAX_NODE_ADDRESS + 1);
        long channel = random.nextLong(SinkHardware.CHANNEL_LIMITS.minChannel(),
                SinkHardware.CHANNEL_LIMITS.maxChannel() + 1);
        SinkState state = new SinkState(NodeRole.of(BaseRole.SINK), nodeAddress, networkAddress, channel,
                new AppConfigData(INITIAL_DIAG_INTERVAL_S, INITIAL_APP_CONFIG, 1),
                new AccessCycleRange(SinkHardware.AC_LIMITS.minMs(), SinkHardware.AC_LIMITS.maxMs()),
                INITIAL_FIRMWARE);
        return new SimSink(id, state, SimNetwork.create(random, nodeAddress, nodeCount, INITIAL_FIRMWARE));
    }

    /** @return the sink id */
    public String id() {
        return id;
    }

    /** @return the configuration and firmware */
    public SinkState state() {
        return state;
    }

    /** @return the scratchpad area */
    public ScratchpadStore scratchpad() {
        return scratchpad;
    }

    /** @return the configuration data items */
    public ConfigurationData configurationData() {
        return configurationData;
    }

    /** @return the nodes behind the sink */
    public SimNetwork network() {
        return network;
    }
}
