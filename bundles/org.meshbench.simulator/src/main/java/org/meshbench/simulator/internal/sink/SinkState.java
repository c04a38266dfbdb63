package org.meshbench.simulator.internal.sink;

import java.util.Objects;
import java.util.OptionalLong;
import org.meshbench.protocol.value.AccessCycleRange;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.FirmwareVersion;
import org.meshbench.protocol.value.NodeRole;
import org.meshbench.protocol.value.OnOffState;

/**
 * The writable radio configuration of one sink and its running firmware. Setters are for
 * {@link SinkConfigWriter} and the owning gateway. Not thread-safe.
 */
public final class SinkState {

    private NodeRole role;
    private long nodeAddress;
    private long networkAddress;
    private long networkChannel;
    private AppConfigData appConfig;
    private OptionalLong channelMap = OptionalLong.empty();
    private boolean keysSet;
    private AccessCycleRange accessCycleRange;
    private OnOffState state;
    private FirmwareVersion firmware;

    SinkState(NodeRole role, long nodeAddress, long networkAddress, long networkChannel, AppConfigData appConfig,
            AccessCycleRange accessCycleRange, FirmwareVersion firmware) {
        this.role = role;
        this.nodeAddress = nodeAddress;
        this.networkAddress = networkAddress;
        this.networkChannel = networkChannel;
        this.appConfig = appConfig;
        this.keysSet = true;
        this.accessCycleRange = accessCycleRange;
        this.state = OnOffState.ON;
        this.firmware = firmware;
    }

    /** @return the node role */
    public NodeRole role() {
        return role;
    }

    /** @return the sink's node address */
    public long nodeAddress() {
        return nodeAddress;
    }

    /** @return the network address (24 bits) */
    public long networkAddress() {
        return networkAddress;
    }

    /** @return the network channel */
    public long networkChannel() {
        return networkChannel;
    }

    /** @return the application configuration */
    public AppConfigData appConfig() {
        return appConfig;
    }

    /** @return the channel map, if one was ever set (the field is deprecated) */
    public OptionalLong channelMap() {
        return channelMap;
    }

    /** @return whether network keys are set */
    public boolean keysSet() {
        return keysSet;
    }

    /** @return the access cycle range in use */
    public AccessCycleRange accessCycleRange() {
        return accessCycleRange;
    }

    /** @return whether the stack runs */
    public boolean started() {
        return state == OnOffState.ON;
    }

    /** @return ON when the stack runs, OFF when stopped */
    public OnOffState state() {
        return state;
    }

    /** @return the running stack version */
    public FirmwareVersion firmware() {
        return firmware;
    }

    void role(NodeRole value) {
        this.role = Objects.requireNonNull(value);
    }

    void nodeAddress(long value) {
        this.nodeAddress = value;
    }

    void networkAddress(long value) {
        this.networkAddress = value;
    }

    void networkChannel(long value) {
        this.networkChannel = value;
    }

    void appConfig(AppConfigData value) {
        this.appConfig = Objects.requireNonNull(value);
    }

    void channelMap(long value) {
        this.channelMap = OptionalLong.of(value);
    }

    void keysSet(boolean value) {
        this.keysSet = value;
    }

    void accessCycleRange(AccessCycleRange value) {
        this.accessCycleRange = Objects.requireNonNull(value);
    }

    void state(OnOffState value) {
        this.state = Objects.requireNonNull(value);
    }

    /** @param value the firmware booted after processing a scratchpad */
    public void firmware(FirmwareVersion value) {
        this.firmware = Objects.requireNonNull(value);
    }
}
