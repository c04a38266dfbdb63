package org.meshbench.protocol.internal.codec;

import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meshbench.protocol.internal.wire.WireEnvelope.WirepasMessage;
import org.meshbench.protocol.message.MessageKind;

/** Which of the 22 payload fields of a {@code WirepasMessage} are set. */
public final class PayloadKinds {

    private PayloadKinds() {
    }

    /**
     * @param wirepas a parsed message
     * @return the kinds whose field is set, in field-number order
     */
    public static List<MessageKind> setIn(WirepasMessage wirepas) {
        List<MessageKind> kinds = new ArrayList<>(1);
        for (Map.Entry<FieldDescriptor, Object> field : wirepas.getAllFields().entrySet()) {
            for (MessageKind kind : MessageKind.values()) {
                if (kind.wireFieldNumber() == field.getKey().getNumber()) {
                    kinds.add(kind);
                }
            }
        }
        return kinds;
    }
}
