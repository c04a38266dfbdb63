package org.meshbench.decoders.wirepas.internal;

import java.util.ArrayList;
import java.util.List;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.PayloadReader;
import org.meshbench.mesh.remoteapi.RemoteApi;
import org.meshbench.mesh.remoteapi.RemoteApiFrame;

/**
 * Shows the frames of a Remote API packet as fields: several requests (or their responses) travel
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
        List<DecodedField> frames = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int offset = 0;
        for (RemoteApiFrame frame : RemoteApiFrame.split(payload)) {
            String name = RemoteApi.typeName(frame.type());
            int lengthOffset = offset + 1;
            int bodyOffset = offset + RemoteApiFrame.HEADER_SIZE;
            PayloadReader body = new PayloadReader(payload, bodyOffset, offset + frame.size());
            List<DecodedField> children = new ArrayList<>();
            children.add(DecodedField.builder("type").value(frame.type()).display(name).span(offset, 1).build());
            children.add(DecodedField.builder("length").value(frame.size() - RemoteApiFrame.HEADER_SIZE)
                    .span(lengthOffset, 1).build());
            children.addAll(bodies.decode(frame.type(), body, lengthOffset));
            Fields.unparsed(body).ifPresent(children::add);
            frames.add(Fields.group(Fields.indexed("frame", frames.size()), offset, frame.size(), children));
            names.add(name);
            offset += frame.size();
        }
        if (offset < payload.length) {
            rejectTruncatedFrame(payload, offset);
        }
        if (frames.isEmpty()) {
            throw new DecodeException(0, "empty Remote API packet");
        }
        return DecodedPacket.builder("remote API " + direction + ": " + String.join(", ", names))
                .fields(frames).build();
    }

    /** Fails naming what the frame at {@code offset}, which runs past the end, misses. */
    private static void rejectTruncatedFrame(byte[] payload, int offset) throws DecodeException {
        PayloadReader tail = new PayloadReader(payload, offset, payload.length);
        int type = tail.u8("frame type");
        tail.require(tail.u8("frame length"), "body of " + RemoteApi.typeName(type));
    }
}
