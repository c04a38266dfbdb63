package org.meshbench.decoders.wirepas.internal;

import java.util.Map;
import org.meshbench.decoders.EncodeException;
import org.meshbench.decoders.PayloadEncoder;
import org.meshbench.mesh.appconfig.TlvAppConfig;

/**
 * Builds TLV app config data from {@code entry[i]/type} (0..0xFFFF) and {@code entry[i]/value}
 * (hex or bytes); an {@code entry[i]/length}, as the decoder shows it, must match the value.
 */
public final class TlvAppConfigEncoder implements PayloadEncoder {

    @Override
    public byte[] encode(Map<String, Object> fields) throws EncodeException {
        EncoderInput input = new EncoderInput(fields);
        TlvAppConfig config = TlvAppConfig.empty();
        int count = input.groups("entry");
        for (int i = 0; i < count; i++) {
            String prefix = Fields.indexed("entry", i) + "/";
            int type = (int) input.number(prefix + "type", 0, 0xFFFF);
            byte[] value = input.bytes(prefix + "value");
            if (input.has(prefix + "length") && input.number(prefix + "length", 0, 0x7F) != value.length) {
                throw new EncodeException(prefix + "length does not match the " + value.length + "-byte value");
            }
            try {
                config = config.with(type, value);
            } catch (IllegalArgumentException e) {
                throw new EncodeException(prefix + ": " + e.getMessage(), e);
            }
        }
        input.rejectUnused();
        return config.toBytes();
    }
}
