package org.meshbench.protocol.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.message.ResponseHeader;

/** The records refuse values the wire cannot carry, and never show keys. */
class ValueChecksTest {

    @Test
    void uint32FieldsRefuseValuesOutsideTheirRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ScratchpadInfo(-1, 0, 0));
        assertEquals("len is a uint32 (0..4294967295) but was -1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ChunkInfo(0, Uint32.MAX_VALUE + 1));
        assertThrows(IllegalArgumentException.class,
                () -> SinkReadConfig.builder("sink0").nodeAddress(1L << 32).build());
        assertEquals(Uint32.MAX_VALUE, new ConfigurationDataItem(Uint32.MAX_VALUE, Bytes.empty()).endpoint());
    }

    @Test
    void resultCodeAndItsWireValueMustAgree() {
        assertThrows(IllegalArgumentException.class,
                () -> new ResponseHeader(1, "gw1", Optional.empty(), ResultCode.OK, 5, OptionalLong.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new ResponseHeader(1, "gw1", Optional.empty(), ResultCode.UNKNOWN, 0, OptionalLong.empty()));
        assertThrows(IllegalStateException.class,
                () -> new ResponseHeader(1, "gw1", Optional.empty(), ResultCode.UNKNOWN, OptionalLong.empty()));
        ResponseHeader unknown = new ResponseHeader(0, "gw1", Optional.empty(), ResultCode.UNKNOWN, 1234,
                OptionalLong.empty());
        assertTrue(unknown.isUnsolicited());
        assertFalse(unknown.res().isOk());
    }

    @Test
    void unknownNumbersMapToTheFallbackConstant() {
        assertEquals(ResultCode.UNKNOWN, ResultCode.fromWireValue(30));
        assertEquals(ResultCode.UNKNOWN_ERROR_CODE, ResultCode.fromWireValue(-1));
        assertEquals(OnOffState.UNKNOWN, OnOffState.fromWireValue(0));
        assertEquals(ScratchpadAction.UNKNOWN_ACTION, ScratchpadAction.fromWireValue(6));
        assertEquals(GatewayFeature.UNKNOWN, GatewayFeature.fromWireValue(5));
        assertThrows(IllegalStateException.class, OnOffState.UNKNOWN::wireValue);
    }

    @Test
    void listsAreCopiedAndKeysStayOutOfToString() {
        List<RoleFlag> flags = new ArrayList<>(List.of(RoleFlag.LOW_LATENCY));
        NodeRole role = new NodeRole(BaseRole.SINK, flags);
        flags.add(RoleFlag.AUTOROLE);
        assertEquals(List.of(RoleFlag.LOW_LATENCY), role.flags());

        Bytes key = Bytes.fromHex("00112233445566778899aabbccddeeff");
        assertFalse(new NetworkKeys(key, key).toString().contains(key.toHex()));
        assertFalse(new SecurityKeys(key, key, 1).toString().contains(key.toHex()));
    }
}
