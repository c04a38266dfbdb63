package org.meshbench.testcases.builtin.internal;

import java.time.Duration;
import java.util.Optional;
import org.meshbench.network.testing.NodeBehaviour;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.testcases.builtin.internal.support.RemoteApi;

/** Values the tests build: sink configurations and how the nodes behind the fake network answer. */
final class Fixtures {

    /** The network every test targets. */
    static final long NETWORK = 0x1AB2C3;
    static final AppConfigData APP_CONFIG = new AppConfigData(60, Bytes.fromHex("f67e00"), 7);
    private static final Duration HOP_LATENCY = Duration.ofMillis(5);

    private Fixtures() {
    }

    /** @return a started sink of {@link #NETWORK} on channel 13 with keys and {@link #APP_CONFIG} */
    static SinkReadConfig.Builder healthySink(String sinkId, long nodeAddress) {
        return SinkReadConfig.builder(sinkId).networkAddress(NETWORK).nodeAddress(nodeAddress).networkChannel(13)
                .areKeysSet(true).sinkState(OnOffState.ON).appConfig(APP_CONFIG);
    }

    /**
     * @return a node that echoes 50→51 downlinks back on 51→50 if it {@code echoes}, and answers Remote API
     *         pings if it {@code answersRemoteApi}, after a delay of {@code hops} there and back
     */
    static NodeBehaviour behaviour(int hops, boolean echoes, boolean answersRemoteApi) {
        Duration delay = HOP_LATENCY.multipliedBy(2L * hops);
        NodeBehaviour echo = echoes ? NodeBehaviour.echo(50, 51, delay) : NodeBehaviour.SILENT;
        return downlink -> answersRemoteApi && downlink.sourceEndpoint() == RemoteApi.BACKEND_ENDPOINT
                && downlink.destinationEndpoint() == RemoteApi.NODE_ENDPOINT
                ? Optional.of(new NodeBehaviour.Answer(pingAnswer(downlink.payload()), delay)) : echo.answer(downlink);
    }

    private static Bytes pingAnswer(Bytes request) {
        byte[] frame = request.toByteArray();
        frame[0] = (byte) (RemoteApi.PING | RemoteApi.RESPONSE_BIT);
        return Bytes.of(frame);
    }
}
