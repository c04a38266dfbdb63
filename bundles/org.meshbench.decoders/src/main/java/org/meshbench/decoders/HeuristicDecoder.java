package org.meshbench.decoders;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A decoder that can recognise its payloads by their content, for packets whose endpoint pair
 * has no binding. It is only asked when its contribution declares a {@code heuristic} element.
 *
 * @since 0.1
 */
@ConsumerType
public interface HeuristicDecoder extends Decoder {

    /**
     * Tells whether the payload looks like this decoder's format. Must be cheap, must not change
     * any state and must never throw: the registry treats an exception as a fault and the answer
     * as "no".
     *
     * @param payload the application payload (a copy)
     * @param context where the packet came from
     * @return {@code true} if {@link #decode} is expected to succeed on this payload
     */
    boolean canDecode(byte[] payload, PacketContext context);
}
