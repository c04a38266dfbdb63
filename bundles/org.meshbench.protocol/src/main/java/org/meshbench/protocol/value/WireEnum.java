package org.meshbench.protocol.value;

/**
 * An enum whose constants stand for the numbers of a protobuf enum of the gateway API.
 *
 * <p>Decoding never fails on a number this version does not know: such a number becomes the
 * enum's fallback constant. Where the API defines its own "unknown" value (for example
 * {@link ScratchpadAction#UNKNOWN_ACTION}) that value is the fallback; otherwise the enum has an
 * extra constant {@code UNKNOWN} which has no number and therefore cannot be encoded.
 */
public interface WireEnum {

    /** @return whether this constant has a number on the wire */
    boolean hasWireValue();

    /**
     * @return the protobuf number of this constant
     * @throws IllegalStateException if the constant has no number ({@link #hasWireValue()} is false)
     */
    int wireValue();
}
