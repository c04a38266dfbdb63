package org.meshbench.simulator.internal.sink;

import org.meshbench.protocol.value.AccessCycleRange;
import org.meshbench.protocol.value.ChannelRange;
import org.meshbench.simulator.SimulatorConfigBuilder;

/**
 * Read-only properties of every simulated sink: those of a 2.4 GHz sink on a recent stack.
 */
public final class SinkHardware {

    /** Largest packet payload. */
    public static final int MAX_MTU = SimulatorConfigBuilder.MAX_MTU;
    /** Access cycle range the sink supports, in milliseconds. */
    public static final AccessCycleRange AC_LIMITS = new AccessCycleRange(2000, 8000);
    /** Channels of the 2.4 GHz band. */
    public static final ChannelRange CHANNEL_LIMITS = new ChannelRange(1, 40);
    /** Hardware magic number. */
    public static final long HW_MAGIC = 0x03;
    /** Radio profile: 2.4 GHz. */
    public static final long STACK_PROFILE = 1;
    /** Largest application configuration, in bytes. */
    public static final int APP_CONFIG_MAX_SIZE = 80;
    /** Size of the scratchpad area, in bytes. */
    public static final int SCRATCHPAD_CAPACITY = 1024 * 1024;
    /** Scratchpad images are stored in 16-byte blocks. */
    public static final int SCRATCHPAD_BLOCK = 16;
    /** Room for configuration data items, in payload bytes. */
    public static final int CONFIGURATION_DATA_CAPACITY = 1024;
    /** Diagnostic intervals the stack accepts, in seconds (0 turns diagnostics off). */
    public static final long[] DIAG_INTERVALS = {0, 30, 60, 120, 300, 600, 1800};
    /** Largest application configuration sequence number (255 is reserved). */
    public static final long MAX_APP_CONFIG_SEQ = 254;
    /** Size of network and management keys. */
    public static final int KEY_SIZE = 16;

    private SinkHardware() {
    }
}
