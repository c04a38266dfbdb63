package org.meshbench.decoders.internal.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meshbench.decoders.internal.registry.FakeSource.binding;
import static org.meshbench.decoders.internal.registry.FakeSource.counted;
import static org.meshbench.decoders.internal.registry.FakeSource.decoder;
import static org.meshbench.decoders.internal.registry.FakeSource.extension;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meshbench.decoders.DecoderEvent;
import org.meshbench.decoders.DecoderInfo;
import org.meshbench.decoders.EncodeException;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.PayloadEncoder;
import org.meshbench.mesh.EndpointPair;

class ContributionLifecycleTest {

    private static final byte[] PAYLOAD = {0x42};
    private static final PacketContext ON_21 = PacketContext.builder(EndpointPair.of(21, 21)).build();

    private final FakeSource source = new FakeSource();
    private DefaultDecoderRegistry registry;

    @AfterEach
    void close() {
        registry.close();
    }

    @Test
    void decoderClassIsCreatedOnFirstUseOnly() {
        AtomicInteger creations = new AtomicInteger();
        source.install(extension("plugin.a", List.of(counted("lazy", TestDecoders.labelled("lazy"), creations)),
                List.of(binding("lazy", 21, 21)), List.of()));
        registry = new DefaultDecoderRegistry(source, RegistryOptions.defaults());

        assertEquals(1, registry.decoders().size());
        assertEquals(0, creations.get(), "listing decoders must not load plug-in classes");
        registry.decode(PAYLOAD, ON_21);
        registry.decode(PAYLOAD, ON_21);
        assertEquals(1, creations.get());
    }

    @Test
    void pluginInstalledAtRunTimeIsUsedAndItsRemovalIsToo() {
        registry = new DefaultDecoderRegistry(source, RegistryOptions.defaults());
        List<DecoderEvent> events = new CopyOnWriteArrayList<>();
        registry.addListener(events::add);
        ExtensionContribution plugin = extension("plugin.late", List.of(decoder("late", TestDecoders.labelled("late"))),
                List.of(binding("late", 21, 21)), List.of());

        source.install(plugin);
        assertEquals("late", registry.decode(PAYLOAD, ON_21).summary());

        source.uninstall(plugin);
        assertTrue(registry.decode(PAYLOAD, ON_21).selection().decoderId().isEmpty());
        assertEquals(2, events.stream().filter(e -> e instanceof DecoderEvent.DecodersChanged).count());
    }

    @Test
    void bindingFromAnotherPluginAppliesToAnExistingDecoder() {
        source.install(extension("plugin.decoder", List.of(decoder("shared", TestDecoders.labelled("shared"))),
                List.of(), List.of()));
        registry = new DefaultDecoderRegistry(source, RegistryOptions.defaults());

        source.install(extension("plugin.binder", List.of(), List.of(binding("shared", 21, 21)), List.of()));

        assertEquals("shared", registry.decode(PAYLOAD, ON_21).summary());
        DecoderInfo info = registry.decoder("shared").orElseThrow();
        assertEquals("plugin.decoder", info.contributorId());
        assertEquals(1, info.bindings().size());
    }

    @Test
    void secondDeclarationOfAnIdIsIgnored() {
        source.install(extension("plugin.first", List.of(decoder("same", TestDecoders.labelled("first"))),
                List.of(binding("same", 21, 21)), List.of()));
        source.install(extension("plugin.second", List.of(decoder("same", TestDecoders.labelled("second"))),
                List.of(), List.of()));
        registry = new DefaultDecoderRegistry(source, RegistryOptions.defaults());

        assertEquals("first", registry.decode(PAYLOAD, ON_21).summary());
        assertEquals("plugin.first", registry.decoder("same").orElseThrow().contributorId());
    }

    @Test
    void userDisablingSurvivesAPluginUpdate() {
        ExtensionContribution version1 = extension("plugin.a", List.of(decoder("d", TestDecoders.labelled("v1"))),
                List.of(binding("d", 21, 21)), List.of());
        source.install(version1);
        registry = new DefaultDecoderRegistry(source, RegistryOptions.defaults());
        registry.setEnabled("d", false);

        source.uninstall(version1);
        source.install(extension("plugin.a", List.of(decoder("d", TestDecoders.labelled("v2"))),
                List.of(binding("d", 21, 21)), List.of()));

        DecoderInfo info = registry.decoder("d").orElseThrow();
        assertEquals(Optional.of(DecoderDescriptor.DISABLED_BY_USER), info.disabledReason());
    }

    @Test
    void overridesAreListedAndCleared() {
        registry = new DefaultDecoderRegistry(source, RegistryOptions.defaults());
        registry.setOverride(EndpointPair.of(21, 21), "not-installed-yet");

        assertEquals(Map.of(EndpointPair.of(21, 21), "not-installed-yet"), registry.overrides());
        registry.clearOverride(EndpointPair.of(21, 21));
        assertTrue(registry.overrides().isEmpty());
    }

    @Test
    void encoderBuildsAPayloadAndReportsBadInput() throws EncodeException {
        source.install(extension("plugin.e", List.of(new DecoderDeclaration("e", "E", "", "",
                () -> TestDecoders.labelled("e"), Optional.of(() -> new ByteEncoder()))), List.of(), List.of()));
        registry = new DefaultDecoderRegistry(source, RegistryOptions.defaults());

        assertArrayEquals(new byte[] {7}, registry.encode("e", Map.of("byte", 7)));
        EncodeException invalid = assertThrows(EncodeException.class, () -> registry.encode("e", Map.of()));
        assertEquals("missing field byte", invalid.getMessage());
        assertTrue(registry.decoder("e").orElseThrow().enabled());
    }

    @Test
    void decoderWithoutEncoderCannotEncode() {
        source.install(extension("plugin.a", List.of(decoder("d", TestDecoders.labelled("d"))), List.of(), List.of()));
        registry = new DefaultDecoderRegistry(source, RegistryOptions.defaults());

        assertThrows(EncodeException.class, () -> registry.encode("d", Map.of()));
        assertThrows(EncodeException.class, () -> registry.encode("unknown", Map.of()));
    }

    @Test
    void closingTheRegistryStopsWatchingPlugins() {
        registry = new DefaultDecoderRegistry(source, RegistryOptions.defaults());

        registry.close();

        assertTrue(source.closed);
    }

    /** Encodes the field "byte" as one byte. */
    private static final class ByteEncoder implements PayloadEncoder {
        @Override
        public byte[] encode(Map<String, Object> fields) throws EncodeException {
            Object value = fields.get("byte");
            if (!(value instanceof Integer number)) {
                throw new EncodeException("missing field byte");
            }
            return new byte[] {number.byteValue()};
        }
    }
}
