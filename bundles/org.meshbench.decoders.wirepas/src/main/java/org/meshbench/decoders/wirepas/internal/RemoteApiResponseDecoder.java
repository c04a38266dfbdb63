package org.meshbench.decoders.wirepas.internal;

import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.PacketContext;
import org.meshbench.mesh.remoteapi.RemoteApi;

/**
 * Remote API responses, endpoints 240→255: the responses to the frames of one request, again
 * concatenated, including the scratchpad status in all three lengths.
 */
public final class RemoteApiResponseDecoder implements Decoder {

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        return RemoteApiFrames.decode(payload, "response", (type, body, lengthOffset) ->
                type == (RemoteApi.SCRATCHPAD_STATUS | RemoteApi.RESPONSE_BIT)
                        ? ScratchpadStatusBody.decode(body, lengthOffset)
                        : BodyField.decode(RemoteApiBodies.response(type), body));
    }
}
