package org.meshbench.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.internal.wire.WireCommon;
import org.meshbench.protocol.internal.wire.WireConfig;
import org.meshbench.protocol.internal.wire.WireEnvelope;
import org.meshbench.protocol.message.MessageKind;
import org.meshbench.protocol.value.BaseRole;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ProcessingDelay;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.RoleFlag;
import org.meshbench.protocol.value.ScratchpadAction;
import org.meshbench.protocol.value.ScratchpadStatus;
import org.meshbench.protocol.value.ScratchpadType;
import org.meshbench.protocol.value.WireEnum;

/** The API's enums and kind table agree, name for name and number for number, with the .proto files. */
class EnumTablesTest {

    @Test
    void everyEnumMatchesItsProtoEnum() {
        assertSame(WireCommon.ErrorCode.getDescriptor(), ResultCode.class);
        assertSame(WireCommon.OnOffState.getDescriptor(), OnOffState.class);
        assertSame(WireCommon.ScratchpadType.getDescriptor(), ScratchpadType.class);
        assertSame(WireCommon.ScratchpadStatus.getDescriptor(), ScratchpadStatus.class);
        assertSame(WireCommon.ScratchpadAction.getDescriptor(), ScratchpadAction.class);
        assertSame(WireCommon.ProcessingDelay.getDescriptor(), ProcessingDelay.class);
        assertSame(WireCommon.GatewayFeature.getDescriptor(), GatewayFeature.class);
        assertSame(WireConfig.NodeRole.BaseRole.getDescriptor(), BaseRole.class);
        assertSame(WireConfig.NodeRole.RoleFlags.getDescriptor(), RoleFlag.class);
    }

    @Test
    void misspelledAliasResolvesToTheCorrectedCode() {
        int number = WireCommon.ErrorCode.getDescriptor().findValueByName("INVLAID_SEQUENCE_NUMBER").getNumber();
        assertEquals(ResultCode.INVALID_SEQUENCE_NUMBER, ResultCode.fromWireValue(number));
    }

    @Test
    void messageKindsMatchTheWirepasMessageFields() {
        Descriptor wirepas = WireEnvelope.WirepasMessage.getDescriptor();
        Map<Integer, String> expected = new TreeMap<>();
        for (FieldDescriptor field : wirepas.getFields()) {
            expected.put(field.getNumber(), field.getName());
        }
        Map<Integer, String> actual = new TreeMap<>();
        for (MessageKind kind : MessageKind.values()) {
            actual.put(kind.wireFieldNumber(), kind.wireName());
        }
        assertEquals(expected, actual);
    }

    /**
     * Every number of the proto enum has exactly one constant, named as one of the proto names for
     * that number (the aliased number 17 of ErrorCode has two names).
     */
    private static <E extends Enum<E> & WireEnum> void assertSame(EnumDescriptor proto, Class<E> api) {
        Map<Integer, Set<String>> protoNames = new TreeMap<>();
        for (EnumValueDescriptor value : proto.getValues()) {
            protoNames.computeIfAbsent(value.getNumber(), number -> new HashSet<>()).add(value.getName());
        }
        Map<Integer, String> apiNames = new TreeMap<>();
        for (E constant : api.getEnumConstants()) {
            if (constant.hasWireValue()) {
                assertNull(apiNames.put(constant.wireValue(), constant.name()), "duplicate number in " + api);
            }
        }
        assertEquals(protoNames.keySet(), apiNames.keySet(), api.getSimpleName());
        apiNames.forEach((number, name) -> assertTrue(protoNames.get(number).contains(name),
                api.getSimpleName() + "." + name + " is not a proto name for " + number));
    }
}
