package org.meshbench.shell.internal;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.network.Gateway;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.Sink;
import org.meshbench.network.SinkRef;
import org.meshbench.transport.mqtt.MqttOptions;

/**
 * What the shell's commands share: the client, the decoders, where output goes, the selected gateway and sink,
 * and the print and loop settings. Used by the shell's thread only.
 */
public final class ShellState {

    private final NetworkClient client;
    private final Optional<DecoderRegistry> decoders;
    private final MqttOptions mqtt;
    private PrintWriter out;
    private String gatewayId;
    private String sinkId;
    private boolean bytePrint;
    private boolean prettyPrint;
    private String replyGreeting = "";
    private long loopIterations = Long.MAX_VALUE;
    private Duration loopTimeout = Duration.ofSeconds(30);

    /**
     * @param client the connected client
     * @param decoders the decoder registry for printing packets, if installed
     * @param mqtt the connection settings, for {@code settings} and for recording on a connection of its own
     * @param out where commands print
     */
    public ShellState(NetworkClient client, Optional<DecoderRegistry> decoders, MqttOptions mqtt, PrintWriter out) {
        this.client = client;
        this.decoders = decoders;
        this.mqtt = mqtt;
        this.out = out;
    }

    NetworkClient client() {
        return client;
    }

    Optional<DecoderRegistry> decoders() {
        return decoders;
    }

    MqttOptions mqtt() {
        return mqtt;
    }

    PrintWriter out() {
        return out;
    }

    Optional<String> gatewayId() {
        return Optional.ofNullable(gatewayId);
    }

    Optional<String> sinkId() {
        return Optional.ofNullable(sinkId);
    }

    void select(String gateway, String sink) {
        this.gatewayId = gateway;
        this.sinkId = sink;
    }

    /** @return the selected gateway, which must be known */
    Gateway gateway() {
        String id = gatewayId().orElseThrow(() -> new ShellException("no gateway selected: set_gateway ID"));
        return client.gateway(id).orElseThrow(() -> new ShellException("gateway " + id + " is not known"));
    }

    /** @return the selected sink */
    SinkRef sink() {
        String gateway = gatewayId().orElseThrow(() -> new ShellException("no gateway selected: set_gateway ID"));
        return new SinkRef(gateway, sinkId().orElseThrow(() -> new ShellException("no sink selected: set_sink ID")));
    }

    /** @return the selected sink's network, if the model knows it */
    OptionalLong network() {
        if (gatewayId == null || sinkId == null) {
            return OptionalLong.empty();
        }
        return client.gateway(gatewayId).flatMap(gateway -> gateway.sink(sinkId)).map(Sink::networkAddress)
                .orElse(OptionalLong.empty());
    }

    boolean toggleBytePrint() {
        bytePrint = !bytePrint;
        return bytePrint;
    }

    boolean bytePrint() {
        return bytePrint;
    }

    boolean togglePrettyPrint() {
        prettyPrint = !prettyPrint;
        return prettyPrint;
    }

    boolean prettyPrint() {
        return prettyPrint;
    }

    String replyGreeting() {
        return replyGreeting;
    }

    void replyGreeting(String text) {
        this.replyGreeting = text;
    }

    long loopIterations() {
        return loopIterations;
    }

    void loopIterations(long iterations) {
        this.loopIterations = iterations;
    }

    Duration loopTimeout() {
        return loopTimeout;
    }

    void loopTimeout(Duration timeout) {
        this.loopTimeout = timeout;
    }
}
