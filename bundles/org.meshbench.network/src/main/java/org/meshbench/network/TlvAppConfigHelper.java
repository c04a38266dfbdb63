package org.meshbench.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.meshbench.mesh.appconfig.TlvAppConfig;
import org.meshbench.protocol.value.SinkReadConfig;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Edits the TLV app config of every sink of a {@link SinkSelection}. Thread-safe.
 */
@ProviderType
public interface TlvAppConfigHelper {

    /** @return the sinks the selection includes now, sorted */
    List<Sink> sinks();

    /**
     * @return each selected sink's app config as the model knows it; empty when the sink has
     *         none or it is not in the TLV layout
     */
    Map<SinkRef, Optional<TlvAppConfig>> current();

    /**
     * Applies {@code change} to each selected sink's current TLV app config and writes the
     * result with the app config sequence incremented and the diagnostics interval kept. Every
     * sink is checked first and nothing is sent if one fails the check: its app config must
     * already be TLV (unless {@code override}, which starts from an empty config) and the result
     * must fit the sink's {@code app_config_max_size}. Sinks may still fail one by one when
     * written, so some may be updated and others not: see the results.
     *
     * @param change the edit, applied per sink
     * @param override whether to replace app configs that are not TLV
     * @return one result per sink with the configuration read back; fails with
     *         {@link IllegalStateException} naming the sink if the check failed
     */
    CompletableFuture<List<SinkResult<SinkReadConfig>>> update(UnaryOperator<TlvAppConfig> change, boolean override);
}
