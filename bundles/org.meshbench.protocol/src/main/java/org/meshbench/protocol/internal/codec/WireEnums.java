package org.meshbench.protocol.internal.codec;

import com.google.protobuf.Message;
import com.google.protobuf.ProtocolMessageEnum;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbench.protocol.value.WireEnum;

/**
 * Reads enum numbers the way a newer gateway may send them. The API's enums are closed (proto2),
 * so protobuf-java files a number it does not know under the message's unknown fields instead
 * of the field itself; this class looks in both places so that nothing is lost or fatal.
 */
final class WireEnums {

    private WireEnums() {
    }

    /** Number of a required enum field; callers run after the required-field check. */
    static int required(boolean has, ProtocolMessageEnum value, Message owner, int fieldNumber) {
        return optional(has, value, owner, fieldNumber).orElseThrow(() -> new IllegalStateException("required enum"
                + " field " + fieldNumber + " of " + owner.getDescriptorForType().getName() + " is missing"));
    }

    static Optional<Integer> optional(boolean has, ProtocolMessageEnum value, Message owner, int fieldNumber) {
        if (has) {
            return Optional.of(value.getNumber());
        }
        List<Long> unknown = owner.getUnknownFields().getField(fieldNumber).getVarintList();
        return unknown.isEmpty() ? Optional.empty() : Optional.of((int) (long) unknown.get(unknown.size() - 1));
    }

    /** Known numbers in wire order, then the unknown ones (protobuf keeps those apart). */
    static List<Integer> repeated(List<? extends ProtocolMessageEnum> known, Message owner, int fieldNumber) {
        List<Integer> numbers = new ArrayList<>(known.size());
        known.forEach(value -> numbers.add(value.getNumber()));
        owner.getUnknownFields().getField(fieldNumber).getVarintList().forEach(raw -> numbers.add((int) (long) raw));
        return numbers;
    }

    /**
     * @throws IllegalArgumentException if the constant stands for a number this version does not know
     */
    static int number(WireEnum constant, String field) {
        if (!constant.hasWireValue()) {
            throw new IllegalArgumentException("field " + field + ": " + constant + " stands for a number this"
                    + " version does not know and cannot be encoded");
        }
        return constant.wireValue();
    }
}
