package org.meshbench.decoders.ui.internal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.meshbench.decoders.DecodeError;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.DecoderBinding;
import org.meshbench.decoders.DecoderInfo;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.decoders.DecoderRegistryListener;
import org.meshbench.decoders.DecoderSelection;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.SelectionReason;
import org.meshbench.mesh.EndpointPair;

/**
 * A decoder registry with decoders bound to one endpoint pair each; a decoder's summary is
 * {@code "<id>: <n> bytes"}, and a decoder whose id contains "strict" rejects payloads shorter
 * than 4 bytes. Overrides win like in the real registry. Counts its decode calls.
 */
public class FakeRegistry implements DecoderRegistry {

    private final Map<String, DecoderInfo> decoders = new ConcurrentHashMap<>();
    private final Map<EndpointPair, String> overrides = new ConcurrentHashMap<>();
    public final AtomicInteger decodeCalls = new AtomicInteger();

    /**
     * @param id decoder id
     * @param pair the pair it is bound to
     * @param enabled whether it may be selected
     * @return this registry
     */
    public FakeRegistry with(String id, EndpointPair pair, boolean enabled) {
        decoders.put(id, new DecoderInfo(id, Packets.name(id), "tests", "1", "tests",
                List.of(new DecoderBinding(id, pair, OptionalLong.empty(), 0)), false, false, enabled,
                enabled ? Optional.empty() : Optional.of("disabled by the user")));
        return this;
    }

    @Override
    public DecodeOutcome decode(byte[] payload, PacketContext context) {
        decodeCalls.incrementAndGet();
        DecoderSelection selection = select(payload, context);
        if (selection.decoderId().isEmpty()) {
            return DecodeOutcome.undecoded(payload, context, selection);
        }
        String id = selection.decoderId().get();
        if (id.contains("strict") && payload.length < 4) {
            return DecodeOutcome.failed(payload, context, selection, new DecodeError(
                    DecodeError.Kind.MALFORMED_PAYLOAD, "needs 4 bytes", payload.length, id, "tests"));
        }
        return DecodeOutcome.decoded(payload, context, selection,
                DecodedPacket.builder(id + ": " + payload.length + " bytes").build());
    }

    @Override
    public DecoderSelection select(byte[] payload, PacketContext context) {
        List<String> candidates = new ArrayList<>();
        String override = overrides.get(context.endpoints());
        if (override != null && decoder(override).filter(DecoderInfo::enabled).isPresent()) {
            candidates.add(override);
        }
        decoders().stream().filter(DecoderInfo::enabled)
                .filter(d -> d.bindings().stream().anyMatch(b -> b.matches(context)))
                .map(DecoderInfo::id).filter(id -> !candidates.contains(id)).forEach(candidates::add);
        if (candidates.isEmpty()) {
            return DecoderSelection.none(List.of());
        }
        SelectionReason reason = candidates.get(0).equals(override) ? SelectionReason.OVERRIDE : SelectionReason.BINDING;
        return new DecoderSelection(Optional.of(candidates.get(0)), reason, candidates.subList(1, candidates.size()));
    }

    @Override
    public DecodeOutcome decodeWith(String decoderId, byte[] payload, PacketContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] encode(String decoderId, Map<String, Object> fields) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<DecoderInfo> decoders() {
        return decoders.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    @Override
    public Optional<DecoderInfo> decoder(String decoderId) {
        return Optional.ofNullable(decoders.get(decoderId));
    }

    @Override
    public void setEnabled(String decoderId, boolean enabled) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setOverride(EndpointPair endpoints, String decoderId) {
        overrides.put(endpoints, decoderId);
    }

    @Override
    public void clearOverride(EndpointPair endpoints) {
        overrides.remove(endpoints);
    }

    @Override
    public Map<EndpointPair, String> overrides() {
        return Map.copyOf(overrides);
    }

    @Override
    public void addListener(DecoderRegistryListener listener) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeListener(DecoderRegistryListener listener) {
        throw new UnsupportedOperationException();
    }
}
