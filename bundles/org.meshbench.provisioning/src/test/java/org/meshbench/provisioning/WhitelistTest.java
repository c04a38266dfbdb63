package org.meshbench.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.value.Bytes;

class WhitelistTest {

    /** backend-client's examples/provisioning_config.yml, mixed-case 0X prefixes included. */
    static final String EXAMPLE = """
            test_node :
                method : 1
                factory_key : 0x00 0x01 0x02 0x03 0x04 0x05 0x06 0x07 0x08 0X09 0X0A 0X0B 0X0C 0X0D 0X0E 0X0F \
            0x00 0x01 0x02 0x03 0x04 0x05 0x06 0x07 0x08 0X09 0X0A 0X0B 0X0C 0X0D 0X0E 0X0F
                authentication_key : 0x01 0x02 0x03 0x04 0x05 0x06 0x07 0x08 0x09 0x0A 0x0B 0x0C 0x0D 0x0E 0x0F 0x10
                encryption_key : 0x10 0x0F 0x0E 0x0D 0x0C 0x0B 0x0A 0x09 0x08 0x07 0x06 0x05 0x04 0x03 0x02 0x01
                network_address : 0x1012EE
                network_channel : 2
                node_id : 0x11
            """;

    @Test
    void readsBackendClientsExample() throws WhitelistException {
        Whitelist whitelist = Whitelist.parse(EXAMPLE);
        WhitelistEntry entry = whitelist.entry(Bytes.of("test_node".getBytes(StandardCharsets.UTF_8))).orElseThrow();
        assertEquals(ProvisioningMethod.SECURED, entry.method());
        assertEquals(Vectors.FACTORY_KEY, entry.factoryKey().orElseThrow());
        assertEquals(Vectors.ENCRYPTION_KEY, entry.data().encryptionKey());
        assertEquals(Vectors.AUTHENTICATION_KEY, entry.data().authenticationKey());
        assertEquals(OptionalLong.of(0x1012EE), entry.data().networkAddress());
        assertEquals(OptionalLong.of(2), entry.data().networkChannel());
        assertEquals(OptionalLong.of(0x11), entry.data().nodeAddress());
        assertTrue(entry.data().nodeRole().isEmpty());
    }

    @Test
    void hexUidsRoleAndUserValues() throws WhitelistException {
        Whitelist whitelist = Whitelist.parse("""
                0x00 0x0A 0xFF:
                    method: 0
                    authentication_key: 0x0102030405060708090A0B0C0D0E0F10
                    encryption_key: 0x10 0x0F 0x0E 0x0D 0x0C 0x0B 0x0A 0x09 0x08 0x07 0x06 0x05 0x04 0x03 0x02 0x01
                    node_role: 0x41
                    user_specific:
                        128: 'some_string'
                        129: 0x34
                        130: 0x01 0x02
                """);
        WhitelistEntry entry = whitelist.entry(Vectors.hex("000aff")).orElseThrow();
        assertEquals(ProvisioningMethod.UNSECURED, entry.method());
        assertEquals(Vectors.AUTHENTICATION_KEY, entry.data().authenticationKey());
        assertEquals(OptionalLong.of(0x41), entry.data().nodeRole());
        assertEquals("some_string", entry.data().userSpecific().get(128));
        assertEquals(0x34L, entry.data().userSpecific().get(129));
        assertEquals(Vectors.hex("0102"), entry.data().userSpecific().get(130));
    }

    @Test
    void wrongEntriesNameTheirUidAndKey() {
        assertMessage("'test_node': method is missing", EXAMPLE.replace("    method : 1\n", ""));
        assertMessage("'test_node': method must be 0", EXAMPLE.replace("method : 1", "method : 2"));
        assertMessage("'test_node': the secured method, and only it, needs a factory_key",
                EXAMPLE.replace("method : 1", "method : 0"));
        assertMessage("'test_node': unknown key network_adress", EXAMPLE.replace("network_address", "network_adress"));
        assertMessage("'test_node': encryption_key must be 16 bytes, got 15", EXAMPLE.replace(" 0x02 0x01\n", " 0x02\n"));
        assertMessage("'test_node': network_channel is not a non-negative number: two",
                EXAMPLE.replace("network_channel : 2", "network_channel : two"));
        assertMessage("'test_node': '0xZZ' is not hex bytes", EXAMPLE.replace("node_id : 0x11", "node_role : 0x11\n"
                + "    user_specific :\n        200 : 0xZZ"));
        assertMessage("'test_node': the UID is listed twice", EXAMPLE + EXAMPLE.replace("test_node", "'test_node'"));
        assertMessage("the whitelist is not YAML", "a: [");
        assertMessage("the whitelist must be a mapping", "- a");
    }

    @Test
    void anEmptyFileListsNobody() throws WhitelistException {
        assertTrue(Whitelist.parse("").entries().isEmpty());
    }

    private static void assertMessage(String expected, String yaml) {
        String message = assertThrows(WhitelistException.class, () -> Whitelist.parse(yaml)).getMessage();
        assertTrue(message.contains(expected), message);
    }
}
