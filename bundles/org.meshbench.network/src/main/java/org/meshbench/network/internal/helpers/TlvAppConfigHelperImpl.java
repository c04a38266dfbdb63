package org.meshbench.network.internal.helpers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.meshbench.mesh.appconfig.TlvAppConfig;
import org.meshbench.network.GatewayServices;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkRef;
import org.meshbench.network.SinkResult;
import org.meshbench.network.SinkSelection;
import org.meshbench.network.TlvAppConfigHelper;
import org.meshbench.network.internal.model.GatewayModel;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;

/** Checks, then writes, TLV app configs on every selected sink. Immutable and thread-safe. */
public final class TlvAppConfigHelperImpl implements TlvAppConfigHelper {
    // Sinks that do not report app_config_max_size are assumed to take what current sinks take.
    private static final long DEFAULT_MAX_SIZE = 80;
    private static final long SEQUENCE_MODULUS = 256;

    private final GatewayModel model;
    private final GatewayServices services;
    private final SinkSelection selection;

    /**
     * @param model gives the sinks and their app configs
     * @param services sends the set_config requests
     * @param selection the sinks to edit
     */
    public TlvAppConfigHelperImpl(GatewayModel model, GatewayServices services, SinkSelection selection) {
        this.model = model;
        this.services = services;
        this.selection = selection;
    }

    @Override
    public List<Sink> sinks() {
        return SinkFanOut.select(model, selection);
    }

    @Override
    public Map<SinkRef, Optional<TlvAppConfig>> current() {
        Map<SinkRef, Optional<TlvAppConfig>> configs = new LinkedHashMap<>();
        sinks().forEach(sink -> configs.put(sink.ref(), tlvOf(sink.config())));
        return configs;
    }

    private static Optional<TlvAppConfig> tlvOf(SinkReadConfig config) {
        return config.appConfig().flatMap(app -> TlvAppConfig.parse(app.appConfigData().toByteArray()));
    }

    @Override
    public CompletableFuture<List<SinkResult<SinkReadConfig>>> update(UnaryOperator<TlvAppConfig> change,
            boolean override) {
        List<Sink> sinks = sinks();
        Map<Sink, AppConfigData> planned = new LinkedHashMap<>();
        try {
            sinks.forEach(sink -> planned.put(sink, plan(sink, change, override)));
        } catch (IllegalStateException | IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return SinkFanOut.run(sinks, sink -> services.setSinkConfig(sink.gatewayId(),
                SinkNewConfig.builder(sink.id()).appConfig(planned.get(sink)).build()));
    }

    private static AppConfigData plan(Sink sink, UnaryOperator<TlvAppConfig> change, boolean override) {
        Optional<AppConfigData> current = sink.config().appConfig();
        Optional<TlvAppConfig> tlv = tlvOf(sink.config());
        if (tlv.isEmpty() && !override) {
            throw new IllegalStateException("sink " + sink.ref() + " has no TLV app config; nothing was sent");
        }
        byte[] updated = change.apply(tlv.orElse(TlvAppConfig.empty())).toBytes();
        long maxSize = sink.config().appConfigMaxSize().orElse(DEFAULT_MAX_SIZE);
        if (updated.length > maxSize) {
            throw new IllegalStateException("the new app config of sink " + sink.ref() + " has "
                    + updated.length + " bytes, more than its " + maxSize + "; nothing was sent");
        }
        long diag = current.map(AppConfigData::diagIntervalS).orElse(0L);
        // Sinks keep the sequence in one byte, so it wraps there.
        long seq = (current.map(AppConfigData::seq).orElse(0L) + 1) % SEQUENCE_MODULUS;
        return new AppConfigData(diag, Bytes.of(updated), seq);
    }
}
