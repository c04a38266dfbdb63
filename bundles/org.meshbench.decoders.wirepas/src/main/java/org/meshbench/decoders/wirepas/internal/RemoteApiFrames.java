package org.meshbench.decoders.wirepas.internal;

import java.util.ArrayList;
import java.util.List;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.PayloadReader;

/**
 * Walks the frames of a Remote API packet: several requests (or their responses) travel
 * concatenated, each as type, length and body.
 */
final class RemoteApiFrames {

    /** Decodes the body of one frame. */
    @FunctionalInterface
    interface BodyDecoder {
        List<DecodedField> decode(int type, PayloadReader body, int lengthOffset) throws DecodeException;
    }

    private RemoteApiFrames() {
    }

    static DecodedPacket decode(byte[] payload, String direction, BodyDecoder bodies) throws DecodeException {
        PayloadReader in = new PayloadReader(payload);
        List<DecodedField> frames = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (in.remaining() > 0) {
            int offset = in.position();
            int type = in.u8("frame type");
            int lengthOffset = in.position();
            int length = in.u8("frame length");
            in.require(length, "body of " + RemoteApiTypes.name(type));
            PayloadReader body = new PayloadReader(payload, in.position(), in.position() + length);
            List<DecodedField> children = new ArrayList<>();
            children.add(DecodedField.builder("type").value(type).display(RemoteApiTypes.name(type)).span(offset, 1).build());
            children.add(DecodedField.builder("length").value(length).span(lengthOffset, 1).build());
            children.addAll(bodies.decode(type, body, lengthOffset));
            Fields.unparsed(body).ifPresent(children::add);
            in.bytes(length, "frame body");
            frames.add(Fields.group(Fields.indexed("frame", frames.size()), offset, 2 + length, children));
            names.add(RemoteApiTypes.name(type));
        }
        if (frames.isEmpty()) {
            throw new DecodeException(0, "empty Remote API packet");
        }
        return DecodedPacket.builder("remote API " + direction + ": " + String.join(", ", names))
                .fields(frames).build();
    }
}
