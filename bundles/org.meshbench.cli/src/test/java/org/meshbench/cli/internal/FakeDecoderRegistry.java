package org.meshbench.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meshbench.decoders.DecodeError;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodeOutcome;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.DecoderInfo;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.decoders.DecoderRegistryListener;
import org.meshbench.decoders.DecoderSelection;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.SelectionReason;
import org.meshbench.mesh.EndpointPair;

/**
 * A registry that stands in for the OSGi service: bindings only, in the order the decoders were
 * added. The command line only reads and decodes, so the methods that change the registry are
 * not supported.
 */
final class FakeDecoderRegistry implements DecoderRegistry {

    private final Map<String, DecoderInfo> infos = new LinkedHashMap<>();
    private final Map<String, Decoder> decoders = new LinkedHashMap<>();

    FakeDecoderRegistry add(DecoderInfo info, Decoder decoder) {
        infos.put(info.id(), info);
        decoders.put(info.id(), decoder);
        return this;
    }

    @Override
    public DecodeOutcome decode(byte[] payload, PacketContext context) {
        DecoderSelection selection = select(payload, context);
        if (selection.decoderId().isEmpty()) {
            return DecodeOutcome.undecoded(payload, context, selection);
        }
        DecoderInfo winner = infos.get(selection.decoderId().get());
        try {
            return DecodeOutcome.decoded(payload, context, selection,
                    decoders.get(winner.id()).decode(payload.clone(), context));
        } catch (DecodeException e) {
            return DecodeOutcome.failed(payload, context, selection, new DecodeError(DecodeError.Kind.MALFORMED_PAYLOAD,
                    e.getMessage(), e.offset(), winner.id(), winner.contributorId()));
        }
    }

    @Override
    public DecoderSelection select(byte[] payload, PacketContext context) {
        List<String> applicable = new ArrayList<>(infos.values().stream().filter(DecoderInfo::enabled)
                .filter(info -> info.bindings().stream().anyMatch(b -> b.matches(context)))
                .map(DecoderInfo::id).toList());
        if (applicable.isEmpty()) {
            return DecoderSelection.none(List.of());
        }
        return new DecoderSelection(Optional.of(applicable.remove(0)), SelectionReason.BINDING, applicable);
    }

    @Override
    public List<DecoderInfo> decoders() {
        return infos.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    @Override
    public Optional<DecoderInfo> decoder(String decoderId) {
        return Optional.ofNullable(infos.get(decoderId));
    }

    @Override
    public DecodeOutcome decodeWith(String decoderId, byte[] payload, PacketContext context) {
        throw new UnsupportedOperationException("not used by the command line");
    }

    @Override
    public byte[] encode(String decoderId, Map<String, Object> fields) {
        throw new UnsupportedOperationException("not used by the command line");
    }

    @Override
    public void setEnabled(String decoderId, boolean enabled) {
        throw new UnsupportedOperationException("not used by the command line");
    }

    @Override
    public void setOverride(EndpointPair endpoints, String decoderId) {
        throw new UnsupportedOperationException("not used by the command line");
    }

    @Override
    public void clearOverride(EndpointPair endpoints) {
        throw new UnsupportedOperationException("not used by the command line");
    }

    @Override
    public Map<EndpointPair, String> overrides() {
        return Map.of();
    }

    @Override
    public void addListener(DecoderRegistryListener listener) {
        throw new UnsupportedOperationException("not used by the command line");
    }

    @Override
    public void removeListener(DecoderRegistryListener listener) {
        throw new UnsupportedOperationException("not used by the command line");
    }
}
