package org.meshbench.decoders.wirepas.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meshbench.decoders.EncodeException;
import org.meshbench.decoders.PayloadEncoder;
import org.meshbench.mesh.remoteapi.RemoteApi;
import org.meshbench.mesh.remoteapi.RemoteApiFrame;

/**
 * Builds Remote API request packets (endpoints 255→240) from the field paths the request decoder
 * produces: {@code frame[i]/type} (number or name such as {@code "scratchpad_status"}) and the
 * body fields of that type, e.g. {@code frame[0]/countdown}. Byte fields take hex strings. Keep
 * the packet within the sink's maximum payload size (typically 102 bytes).
 */
public final class RemoteApiRequestEncoder implements PayloadEncoder {

    @Override
    public byte[] encode(Map<String, Object> fields) throws EncodeException {
        EncoderInput input = new EncoderInput(fields);
        int frames = input.groups("frame");
        if (frames == 0) {
            throw new EncodeException("no frame[0]/type given");
        }
        List<RemoteApiFrame> packet = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            String prefix = Fields.indexed("frame", i) + "/";
            int type = type(input, prefix + "type");
            byte[] body = body(input, prefix, type);
            checkLength(input, prefix + "length", body.length);
            packet.add(new RemoteApiFrame(type, body));
        }
        input.rejectUnused();
        return RemoteApiFrame.join(packet);
    }

    private static int type(EncoderInput input, String path) throws EncodeException {
        Object value = input.raw(path);
        if (value instanceof String name && !name.isBlank() && !Character.isDigit(name.charAt(0))) {
            return RemoteApi.requestType(name)
                    .orElseThrow(() -> new EncodeException(path + ": unknown request '" + name + "'"));
        }
        return (int) input.number(path, 0, 0x7F);
    }

    /** A length is optional (it follows from the body) but must agree when given, e.g. from a decoded packet. */
    private static void checkLength(EncoderInput input, String path, int actual) throws EncodeException {
        if (input.has(path) && input.number(path, 0, 0xFF) != actual) {
            throw new EncodeException(path + " says " + input.raw(path) + " but the body is " + actual + " bytes");
        }
    }

    private static byte[] body(EncoderInput input, String prefix, int type) throws EncodeException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (BodyField field : RemoteApiBodies.request(type)) {
            String path = prefix + field.name();
            if (field.bytes()) {
                byte[] value = input.bytes(path);
                if (field.size() != BodyField.REST && value.length != field.size()) {
                    throw new EncodeException(path + " must be " + field.size() + " bytes, not " + value.length);
                }
                body.writeBytes(value);
            } else {
                long value = input.number(path, 0, (1L << (8 * field.size())) - 1);
                for (int i = 0; i < field.size(); i++) {
                    body.write((int) (value >>> (8 * i)));
                }
            }
        }
        if (body.size() > 0xFF) {
            throw new EncodeException(prefix + " body is " + body.size() + " bytes; a frame holds at most 255");
        }
        return body.toByteArray();
    }
}
