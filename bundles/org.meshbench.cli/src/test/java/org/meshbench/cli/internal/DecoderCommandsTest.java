package org.meshbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.DecoderBinding;
import org.meshbench.decoders.DecoderInfo;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.decoders.PayloadReader;
import org.meshbench.mesh.EndpointPair;
import org.meshbench.protocol.EncodedMessage;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.ReceivedDataEvent;
import org.meshbench.protocol.value.Bytes;

/** {@code meshbench decoders} and {@code meshbench decode --apdu}, with a registry passed in. */
class DecoderCommandsTest {

    private static final long NETWORK = 0x123456;
    private static final String THERMOMETER = "com.example.thermometer";
    private static final String RAW_VIEW = "com.example.raw-view";

    /** Version byte, then the temperature in 0.01 °C, little-endian: the format of the API's example. */
    private static final Decoder THERMOMETER_DECODER = (payload, context) -> {
        PayloadReader reader = new PayloadReader(payload);
        DecodedField version = DecodedField.builder("version").value(reader.u8("version")).span(0, 1).build();
        double celsius = (short) reader.u16("temperature") / 100.0;
        DecodedField temperature = DecodedField.builder("temperature").value(celsius)
                .display(String.format(Locale.ROOT, "%.2f", celsius)).unit("°C").span(1, 2).build();
        DecodedField reading = DecodedField.builder("reading").span(1, 2).child(temperature).build();
        return DecodedPacket.builder(temperature.display() + " °C").field(version).field(reading)
                .field(DecodedField.builder("fahrenheit").value(celsius * 9 / 5 + 32)
                        .display(String.format(Locale.ROOT, "%.1f", celsius * 9 / 5 + 32)).unit("°F").build())
                .series("temperature", celsius, "°C").build();
    };

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final FakeDecoderRegistry registry = new FakeDecoderRegistry()
            .add(info(THERMOMETER, "Thermometer", List.of(binding(THERMOMETER, OptionalLong.empty(), 0)), true),
                    THERMOMETER_DECODER)
            .add(info(RAW_VIEW, "Raw view", List.of(binding(RAW_VIEW, OptionalLong.of(NETWORK), 5)), true),
                    (payload, context) -> DecodedPacket.builder(payload.length + " bytes").build())
            .add(info("com.example.retired", "Retired", List.of(), false),
                    (payload, context) -> DecodedPacket.builder("never").build());

    private static DecoderInfo info(String id, String name, List<DecoderBinding> bindings, boolean enabled) {
        return new DecoderInfo(id, name, "Example Corp", "2", "com.example.decoders", bindings, false, false,
                enabled, enabled ? Optional.empty() : Optional.of("disabled by the user"));
    }

    /** Binds a decoder to endpoints 21->21. */
    private static DecoderBinding binding(String decoderId, OptionalLong network, int priority) {
        return new DecoderBinding(decoderId, EndpointPair.of(21, 21), network, priority);
    }

    private int run(Optional<DecoderRegistry> decoders, String... args) {
        out.reset();
        err.reset();
        return new MeshbenchCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> decoders).run(args);
    }

    private int run(String... args) {
        return run(Optional.of(registry), args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    /** A received-data event carrying {@code apdu} on the given endpoints, as a gateway publishes it. */
    private static EncodedMessage received(int endpoint, Optional<String> apdu) {
        ReceivedDataEvent event = new ReceivedDataEvent(
                new EventHeader("gw1", Optional.of("sink0"), 42, OptionalLong.empty()), 0x1234, 1,
                endpoint, endpoint, 15, 1_700_000_000_000L, 0, apdu.map(Bytes::fromHex),
                apdu.isPresent() ? OptionalLong.empty() : OptionalLong.of(3), OptionalLong.of(2),
                OptionalLong.of(NETWORK));
        return new GatewayCodec().encodeEvent(event);
    }

    private int decodeApdu(EncodedMessage message) {
        return run("decode", "--topic", message.topic(), "--hex", message.payload().toHex(), "--apdu");
    }

    @Test
    void decodersListsEveryDecoderInColumnsUnderAHeader() {
        assertEquals(0, run("decoders"), stderr());
        List<String> lines = stdout().lines().toList();
        assertEquals(4, lines.size(), stdout());
        assertTrue(lines.get(0).matches("ID +NAME +VENDOR +VERSION +BINDINGS +BUNDLE +ENABLED"), lines.get(0));
        assertTrue(lines.get(1).matches("com\\.example\\.raw-view +Raw view +Example Corp +2 +"
                + "21->21 \\(network 1193046, priority 5\\) +com\\.example\\.decoders +yes"), lines.get(1));
        assertTrue(lines.get(2).matches("com\\.example\\.retired +Retired .* - +com\\.example\\.decoders"
                + " +no \\(disabled by the user\\)"), lines.get(2));
        assertTrue(lines.get(3).matches("com\\.example\\.thermometer +Thermometer .* 21->21 +.* yes"), lines.get(3));
        assertEquals(lines.get(0).indexOf("BUNDLE"), lines.get(3).indexOf("com.example.decoders"));
    }

    @Test
    void decodeWithApduPrintsTheSameJsonThenTheDecodedApdu() {
        EncodedMessage message = received(21, Optional.of("01 3408"));
        assertEquals(0, run("decode", "--topic", message.topic(), "--hex", message.payload().toHex()));
        String json = stdout();

        assertEquals(0, decodeApdu(message), stderr());
        assertTrue(stdout().startsWith(json + "\n"), stdout());
        assertEquals("""
                apdu: 3 bytes on endpoints 21->21 from node 4660
                decoder: com.example.thermometer (binding)
                summary: 21.00 °C
                fields:
                  0+1     version = 1
                  1+2     reading
                    1+2     temperature = 21.00 °C
                  -       fahrenheit = 69.8 °F
                series: temperature = 21 °C
                alternatives: com.example.raw-view
                """, stdout().substring(json.length() + 1));
    }

    @Test
    void jsonBeforeTheBlankLineStillEncodesToTheSamePayload() {
        EncodedMessage message = received(21, Optional.of("01 3408"));
        decodeApdu(message);
        String json = stdout().substring(0, stdout().indexOf("\n\n"));
        assertEquals(0, run("encode", "--topic", message.topic(), "--json", json), stderr());
        assertEquals(message.payload().toHex(), stdout().strip());
    }

    @Test
    void malformedApduIsReportedAndTheCommandFails() {
        assertEquals(1, decodeApdu(received(21, Optional.of("01 34"))), stderr());
        assertTrue(stdout().contains("\nerror: malformed payload: truncated payload: temperature needs 2 byte(s),"
                + " 1 left (at offset 1)\n"), stdout());
        assertTrue(!stdout().contains("summary:"), stdout());
        assertTrue(stderr().startsWith("meshbench: decoder ") && stderr().contains(" could not decode the APDU: "
                + "malformed payload: truncated payload"), stderr());
        assertEquals(1, stderr().lines().count(), stderr());
    }

    @Test
    void apduWithoutDecoderShowsItsBytes() {
        assertEquals(0, decodeApdu(received(99, Optional.of("cafe"))), stderr());
        assertTrue(stdout().contains("\ndecoder: none, raw bytes cafe\nalternatives: none\n"), stdout());
    }

    @Test
    void withheldApduSaysSo() {
        assertEquals(0, decodeApdu(received(21, Optional.empty())), stderr());
        assertTrue(stdout().endsWith("\n\napdu: withheld by the gateway (3 bytes)\n"), stdout());
    }

    @Test
    void apduOnAnotherTopicIsAUsageError() {
        assertEquals(2, run("decode", "--topic", "gw-event/status/rpi-cafe42", "--hex",
                "0a1f0a1d0a170a0a7270692d63616665343218b9bd8eb4d0fba9a4a60110011802", "--apdu"));
        assertTrue(stderr().startsWith("meshbench: --apdu needs a gw-event/received_data/"), stderr());
        assertEquals("", stdout());
    }

    @Test
    void endpointBeyondAByteIsBadInput() {
        ReceivedDataEvent event = new ReceivedDataEvent(
                new EventHeader("gw1", Optional.of("sink0"), 42, OptionalLong.empty()), 1, 1, 300, 21, 0, 0, 0,
                Optional.of(Bytes.of((byte) 1)), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(NETWORK));
        EncodedMessage message = new GatewayCodec().encodeEvent(event);
        assertEquals(1, decodeApdu(message));
        assertTrue(stderr().contains("source_endpoint 300"), stderr());
    }

    @Test
    void withoutRegistryTheDecoderCommandsFailWithBadInput() {
        assertEquals(1, run(Optional.empty(), "decoders"));
        assertTrue(stderr().startsWith("meshbench: no decoder registry"), stderr());
        EncodedMessage message = received(21, Optional.of("01 3408"));
        assertEquals(1, run(Optional.empty(), "decode", "--topic", message.topic(), "--hex",
                message.payload().toHex(), "--apdu"));
        assertEquals("", stdout());
        assertEquals(0, run(Optional.empty(), "decode", "--topic", message.topic(), "--hex",
                message.payload().toHex()), "plain decode needs no registry");
    }

    @Test
    void decoderCommandsRejectUnknownAndRepeatedOptions() {
        assertEquals(2, run("decoders", "--all"));
        EncodedMessage message = received(21, Optional.of("01"));
        assertEquals(2, run("decode", "--topic", message.topic(), "--hex", message.payload().toHex(),
                "--apdu", "--apdu"));
        assertTrue(stderr().startsWith("meshbench: --apdu given twice"), stderr());
    }
}
