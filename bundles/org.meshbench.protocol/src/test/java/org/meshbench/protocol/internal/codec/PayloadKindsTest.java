package org.meshbench.protocol.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.internal.wire.WireEnvelope.WirepasMessage;
import org.meshbench.protocol.message.MessageKind;

/** The hand-written has-checks must name the same field as each kind's field number. */
class PayloadKindsTest {

    @Test
    void eachKindIsFoundByItsOwnFieldNumberAlone() {
        for (MessageKind kind : MessageKind.values()) {
            FieldDescriptor field = WirepasMessage.getDescriptor().findFieldByNumber(kind.wireFieldNumber());
            WirepasMessage.Builder builder = WirepasMessage.newBuilder();
            WirepasMessage wirepas = builder.setField(field, builder.newBuilderForField(field).buildPartial())
                    .buildPartial();
            assertEquals(List.of(kind), PayloadKinds.setIn(wirepas), kind.name());
        }
    }

    @Test
    void severalKindsComeInFieldNumberOrder() {
        WirepasMessage wirepas = WirepasMessage.newBuilder()
                .setPacketReceivedEvent(WirepasMessage.getDefaultInstance().getPacketReceivedEvent())
                .setStatusEvent(WirepasMessage.getDefaultInstance().getStatusEvent()).buildPartial();
        assertEquals(List.of(MessageKind.STATUS_EVENT, MessageKind.RECEIVED_DATA_EVENT), PayloadKinds.setIn(wirepas));
    }
}
