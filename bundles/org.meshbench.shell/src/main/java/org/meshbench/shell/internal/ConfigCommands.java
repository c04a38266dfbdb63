package org.meshbench.shell.internal;

import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meshbench.network.GatewayErrorException;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.BaseRole;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.NodeRole;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.RoleFlag;
import org.meshbench.protocol.value.SinkNewConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Sink configuration of the selected sink. Unlike wm-gw-cli, every value given is sent, including
 * {@code started=false} and {@code 0}.
 */
final class ConfigCommands {

    private final ShellState state;

    ConfigCommands(ShellState state) {
        this.state = state;
    }

    @Command(name = "set_app_config", description = "Set the app config of the selected sink.")
    void setAppConfig(
            @Option(names = "app_config_seq", required = true, description = "sequence number") long seq,
            @Option(names = "app_config_data", required = true, description = "hex bytes") String data,
            @Option(names = "app_config_diag", defaultValue = "60", description = "diagnostics interval, s")
            long diag) throws InterruptedException {
        SinkRef sink = state.sink();
        send(sink, SinkNewConfig.builder(sink.sinkId())
                .appConfig(new AppConfigData(diag, Bytes.fromHex(data), seq)).build());
    }

    @Command(name = "set_sink_config", aliases = "set_config", description = "Change the selected sink's "
            + "configuration; only the values given are sent.")
    void setSinkConfig(
            @Option(names = "node_role", description = "sink|router|non_router, optionally +low_latency "
                    + "+autorole") String role,
            @Option(names = "node_address") Long nodeAddress,
            @Option(names = "network_address") Long networkAddress,
            @Option(names = "network_channel") Long networkChannel,
            @Option(names = "started", arity = "1", description = "true starts the stack, false stops it")
            Boolean started) throws InterruptedException {
        SinkRef sink = state.sink();
        SinkNewConfig.Builder config = SinkNewConfig.builder(sink.sinkId());
        if (role != null) {
            config.nodeRole(role(role));
        }
        if (nodeAddress != null) {
            config.nodeAddress(nodeAddress);
        }
        if (networkAddress != null) {
            config.networkAddress(networkAddress);
        }
        if (networkChannel != null) {
            config.networkChannel(networkChannel);
        }
        if (started != null) {
            config.sinkState(started ? OnOffState.ON : OnOffState.OFF);
        }
        send(sink, config.build());
    }

    private void send(SinkRef sink, SinkNewConfig config) throws InterruptedException {
        try {
            state.out().println(sink + ": " + SinkConfigText.of(state.client().services()
                    .setSinkConfig(sink.gatewayId(), config)
                    .get(state.loopTimeout().toMillis(), TimeUnit.MILLISECONDS)));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GatewayErrorException error
                    && error.result() == ResultCode.INVALID_SEQUENCE_NUMBER) {
                throw new ShellException(error.getMessage() + "; the sequence number must differ from the "
                        + "current one (gateway_configuration shows it)");
            }
            throw new ShellException(sink + ": " + Failures.text(e));
        } catch (TimeoutException e) {
            throw new ShellException(sink + ": " + Failures.text(e));
        }
    }

    private static NodeRole role(String text) {
        String[] parts = text.toUpperCase(Locale.ROOT).split("\\+");
        try {
            BaseRole base = BaseRole.valueOf(parts[0]);
            RoleFlag[] flags = new RoleFlag[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                flags[i - 1] = RoleFlag.valueOf(parts[i]);
            }
            return NodeRole.of(base, flags);
        } catch (IllegalArgumentException e) {
            throw new ShellException("node_role " + text + ": expected sink, router or non_router, optionally "
                    + "with +low_latency or +autorole");
        }
    }
}
