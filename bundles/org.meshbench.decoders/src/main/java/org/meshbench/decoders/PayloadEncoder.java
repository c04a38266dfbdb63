package org.meshbench.decoders;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Builds a downlink payload from named fields: the reverse of a {@link Decoder}. Contributed
 * through the {@code encoder} attribute of a decoder declaration. Implementations must be
 * thread-safe.
 *
 * <p>Keys are field paths as a {@link DecodedPacket#find(String)} would accept them, e.g.
 * {@code "frame[0]/type"}; each encoder documents the paths it reads. Values are numbers,
 * booleans, strings or byte arrays; hexadecimal strings are accepted where bytes are expected.
 *
 * @since 0.1
 */
@ConsumerType
public interface PayloadEncoder {

    /**
     * @param fields field paths and their values
     * @return the payload
     * @throws EncodeException when a field is missing, unknown, of the wrong type or out of range
     */
    byte[] encode(Map<String, Object> fields) throws EncodeException;
}
