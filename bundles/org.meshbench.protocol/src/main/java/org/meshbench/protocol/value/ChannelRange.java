package org.meshbench.protocol.value;

/**
 * Range of radio channels a sink supports ({@code ChannelRange}).
 *
 * @param minChannel lowest channel (uint32)
 * @param maxChannel highest channel (uint32)
 */
public record ChannelRange(long minChannel, long maxChannel) {

    /** Checks the uint32 ranges. */
    public ChannelRange {
        Uint32.require("min_channel", minChannel);
        Uint32.require("max_channel", maxChannel);
    }
}
