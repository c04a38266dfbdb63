package org.meshbench.decoders.internal.registry;

import java.util.List;
import java.util.Optional;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;

/**
 * Checks what a decoder returned before anyone shows it: a {@code null} packet, a byte span
 * outside the payload or an absurdly large tree would otherwise break views far from the cause.
 */
public final class ResultValidator {

    /** Deeper trees are garbage (or a cycle through a mutable list) rather than a real format. */
    static final int MAX_DEPTH = 32;

    /** A packet of at most a few hundred bytes never needs more fields than this. */
    static final int MAX_FIELDS = 10_000;

    private final int payloadLength;
    private int fieldCount;

    private ResultValidator(int payloadLength) {
        this.payloadLength = payloadLength;
    }

    /**
     * @param packet what the decoder returned
     * @param payloadLength length of the payload it was given
     * @return what is wrong, or empty if the result may be shown
     */
    public static Optional<String> check(DecodedPacket packet, int payloadLength) {
        if (packet == null) {
            return Optional.of("decoder returned null");
        }
        return new ResultValidator(payloadLength).checkLevel(packet.fields(), "", 1);
    }

    private Optional<String> checkLevel(List<DecodedField> fields, String parentPath, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.of("field tree deeper than " + MAX_DEPTH + " levels at " + parentPath);
        }
        for (DecodedField field : fields) {
            String path = parentPath.isEmpty() ? field.name() : parentPath + "/" + field.name();
            if (++fieldCount > MAX_FIELDS) {
                return Optional.of("more than " + MAX_FIELDS + " fields");
            }
            Optional<String> problem = checkSpan(field, path)
                    .or(() -> checkLevel(field.children(), path, depth + 1));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private Optional<String> checkSpan(DecodedField field, String path) {
        int offset = field.offset();
        int length = field.length();
        boolean valid = offset == DecodedField.NO_OFFSET
                ? length == 0
                : offset >= 0 && length >= 0 && (long) offset + length <= payloadLength;
        if (valid) {
            return Optional.empty();
        }
        return Optional.of("field " + path + " has offset " + offset + " and length " + length
                + ", outside the " + payloadLength + "-byte payload");
    }
}
