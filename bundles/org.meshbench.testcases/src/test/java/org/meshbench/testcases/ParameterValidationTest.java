package org.meshbench.testcases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.value.Bytes;

class ParameterValidationTest {

    private static ParameterDescriptor parameter(String key, ParameterType type, String defaultValue) {
        return new ParameterDescriptor(key, key, "", type, Optional.ofNullable(defaultValue), false, Optional.empty(),
                Optional.empty(), List.of());
    }

    private static ParameterDescriptor bounded(String key, ParameterType type, String min, String max) {
        return new ParameterDescriptor(key, key, "", type, Optional.empty(), false, Optional.of(min), Optional.of(max),
                List.of());
    }

    private static final List<ParameterDescriptor> ALL_TYPES = List.of(
            parameter("text", ParameterType.STRING, "hello"),
            parameter("count", ParameterType.INTEGER, "0x10"),
            parameter("ratio", ParameterType.DECIMAL, "0.5"),
            parameter("verbose", ParameterType.BOOLEAN, "TRUE"),
            parameter("period", ParameterType.DURATION, "1m30s"),
            parameter("payload", ParameterType.HEX, "0xCAFE"),
            new ParameterDescriptor("mode", "Mode", "", ParameterType.CHOICE, Optional.of("fast"), false,
                    Optional.empty(), Optional.empty(), List.of("fast", "slow")),
            parameter("gateways", ParameterType.STRING_LIST, " gw1, ,gw2 "),
            parameter("nodes", ParameterType.INTEGER_LIST, ""));

    @Test
    void defaultsAreParsedIntoTypedValues() throws ParameterException {
        TestParameters values = TestParameters.resolve("t", ALL_TYPES, Map.of());

        assertEquals("hello", values.text("text"));
        assertEquals(16, values.integer("count"));
        assertEquals(0.5, values.decimal("ratio"));
        assertTrue(values.bool("verbose"));
        assertEquals(Duration.ofSeconds(90), values.duration("period"));
        assertEquals(Bytes.fromHex("cafe"), values.bytes("payload"));
        assertEquals("fast", values.choice("mode"));
        assertEquals(List.of("gw1", "gw2"), values.textList("gateways"));
        assertEquals(List.of(), values.integerList("nodes"));
        assertEquals("0x10", values.asText().get("count"));
    }

    @Test
    void givenValuesReplaceDefaults() throws ParameterException {
        TestParameters values = TestParameters.resolve("t", ALL_TYPES,
                Map.of("count", "-7", "nodes", "1, 0x20,300", "mode", "slow"));

        assertEquals(-7, values.integer("count"));
        assertEquals(List.of(1L, 32L, 300L), values.integerList("nodes"));
        assertEquals("slow", values.choice("mode"));
    }

    @Test
    void everyBadValueAndUnknownKeyIsReportedAtOnce() {
        ParameterException problem = assertThrows(ParameterException.class, () -> TestParameters.resolve("t.id",
                ALL_TYPES, Map.of("count", "010x", "verbose", "yes", "mode", "medium", "colour", "red")));

        String message = problem.getMessage();
        assertTrue(message.startsWith("t.id: "), message);
        assertTrue(message.contains("unknown parameter colour"), message);
        assertTrue(message.contains("parameter count: '010x' is not a whole number"), message);
        assertTrue(message.contains("parameter verbose: 'yes' is neither true nor false"), message);
        assertTrue(message.contains("parameter mode: 'medium' is not one of [fast, slow]"), message);
    }

    @Test
    void leadingZeroIsDecimalNotOctal() throws ParameterException {
        TestParameters values = TestParameters.resolve("t", ALL_TYPES, Map.of("count", "010"));

        assertEquals(10, values.integer("count"));
    }

    @Test
    void boundsApplyToNumbersDurationsAndEachListItem() {
        List<ParameterDescriptor> declared = List.of(bounded("loss", ParameterType.DECIMAL, "0", "100"),
                bounded("period", ParameterType.DURATION, "1s", "10m"),
                bounded("nodes", ParameterType.INTEGER_LIST, "1", "0xFFFFFFFE"));

        assertThrows(ParameterException.class, () -> TestParameters.resolve("t", declared, Map.of("loss", "100.1")));
        ParameterException period = assertThrows(ParameterException.class,
                () -> TestParameters.resolve("t", declared, Map.of("period", "11m")));
        assertTrue(period.getMessage().contains("11m is above the maximum 10m"), period.getMessage());
        ParameterException nodes = assertThrows(ParameterException.class,
                () -> TestParameters.resolve("t", declared, Map.of("nodes", "5,0")));
        assertTrue(nodes.getMessage().contains("0 is below the minimum 1"), nodes.getMessage());
    }

    @Test
    void requiredParameterMustBeGivenAndOptionalOneMayStayUnset() throws ParameterException {
        ParameterDescriptor required = new ParameterDescriptor("network", "Network", "", ParameterType.INTEGER,
                Optional.empty(), true, Optional.empty(), Optional.empty(), List.of());
        ParameterDescriptor optional = parameter("limit", ParameterType.INTEGER, null);

        ParameterException missing = assertThrows(ParameterException.class,
                () -> TestParameters.resolve("t", List.of(required, optional), Map.of()));
        assertTrue(missing.getMessage().contains("parameter network is required"), missing.getMessage());
        TestParameters values = TestParameters.resolve("t", List.of(required, optional), Map.of("network", "5"));
        assertFalse(values.isSet("limit"));
        assertThrows(IllegalStateException.class, () -> values.integer("limit"));
    }

    @Test
    void gettersRejectUndeclaredKeysAndWrongTypes() throws ParameterException {
        TestParameters values = TestParameters.resolve("t", ALL_TYPES, Map.of());

        assertThrows(IllegalArgumentException.class, () -> values.integer("undeclared"));
        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class, () -> values.text("count"));
        assertEquals("parameter count is declared as integer, not string", wrongType.getMessage());
    }

    @Test
    void inconsistentDeclarationsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> parameter("bad key", ParameterType.STRING, "x"));
        assertThrows(IllegalArgumentException.class, () -> parameter("count", ParameterType.INTEGER, "many"));
        assertThrows(IllegalArgumentException.class, () -> bounded("text", ParameterType.STRING, "a", "b"));
        assertThrows(IllegalArgumentException.class, () -> bounded("count", ParameterType.INTEGER, "1", "ten"));
        assertThrows(IllegalArgumentException.class, () -> new ParameterDescriptor("mode", "Mode", "",
                ParameterType.CHOICE, Optional.empty(), true, Optional.empty(), Optional.empty(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ParameterDescriptor("count", "Count", "",
                ParameterType.INTEGER, Optional.of("20"), false, Optional.of("1"), Optional.of("10"), List.of()));
    }

    @Test
    void summaryShowsTypeBoundsChoicesAndDefault() {
        ParameterDescriptor count = new ParameterDescriptor("count", "Count", "", ParameterType.INTEGER,
                Optional.of("20"), false, Optional.of("1"), Optional.of("1000"), List.of());

        assertEquals("integer 1..1000, default 20", count.summary());
        assertEquals("choice fast|slow, default fast", ALL_TYPES.get(6).summary());
        assertEquals("integer, optional", parameter("limit", ParameterType.INTEGER, null).summary());
    }
}
