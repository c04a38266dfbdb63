package org.meshbench.decoders.wirepas.internal;

import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.PacketContext;

/** Remote API requests, endpoints 255→240: one or more concatenated request frames. */
public final class RemoteApiRequestDecoder implements Decoder {

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        return RemoteApiFrames.decode(payload, "request",
                (type, body, lengthOffset) -> BodyField.decode(RemoteApiBodies.request(type), body));
    }
}
