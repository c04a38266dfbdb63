package org.meshbench.network.tests.interop;

import java.util.List;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ResultCode;

/**
 * A gateway the emulator runs on the test's broker, and the control commands about it. Result
 * codes and features go by our enum names, which are the official ones without their prefix.
 */
final class EmulatedGateway {
    private final EmulatorProcess emulator;
    private final String id;
    private final String startOptions;

    private EmulatedGateway(EmulatorProcess emulator, String id, String startOptions) {
        this.emulator = emulator;
        this.id = id;
        this.startOptions = startOptions;
    }

    /**
     * @param emulator the emulator
     * @param id the gateway id
     * @param options start options, e.g. {@code sinks=sink0,sink1} {@code max_scratchpad_size=1024}
     *            {@code features=CONFIGURATION_DATA_V1} {@code legacy_status=true}
     * @return the gateway, connected with its retained ONLINE status published
     */
    static EmulatedGateway start(EmulatorProcess emulator, String id, String... options) throws InterruptedException {
        EmulatedGateway gateway = new EmulatedGateway(emulator, id, String.join(" ", options));
        gateway.restart();
        return gateway;
    }

    /** @return the gateway id */
    String id() {
        return id;
    }

    /** Starts the gateway again (after {@link #stop()} or {@link #crash()}), with the same options and sinks. */
    void restart() throws InterruptedException {
        emulator.send("start gw=" + id + " " + startOptions);
    }

    /** Publishes OFFLINE (retained) and disconnects, as the official gateway on a clean exit. */
    void stop() throws InterruptedException {
        emulator.send("stop gw=" + id);
    }

    /** Drops the connection without DISCONNECT: the broker publishes the last will. */
    void crash() throws InterruptedException {
        emulator.send("crash gw=" + id);
    }

    /** @return the sink's configuration as the gateway reports it */
    EmulatorFields config(String sinkId) throws InterruptedException {
        return emulator.send("config gw=" + id + " sink=" + sinkId).get(0);
    }

    /** @return every request of that kind, as the official codec decoded it, in arrival order */
    List<EmulatorFields> requests(Command command) throws InterruptedException {
        return emulator.send("requests gw=" + id + " command=" + command.topicName());
    }

    /** The next request of that kind is answered with {@code code} and changes nothing. */
    void failNext(Command command, ResultCode code) throws InterruptedException {
        emulator.send("fail_next gw=" + id + " command=" + command.topicName() + " code=" + code.name());
    }

    /**
     * A change on the sink itself that no backend requested, announced as the gateway announces it.
     *
     * @param settings official configuration keys and values, e.g. {@code started=false}
     */
    void change(String sinkId, String... settings) throws InterruptedException {
        emulator.send("change gw=" + id + " sink=" + sinkId + " " + String.join(" ", settings));
    }

    /**
     * Publishes received data, as from a node, and returns once the broker acknowledged it.
     *
     * @param extra further fields, e.g. {@code hop_count=3} {@code travel_time_ms=40}
     */
    void uplink(String sinkId, long source, long sourceEndpoint, long destinationEndpoint, Bytes payload,
            String... extra) throws InterruptedException {
        emulator.send("uplink gw=" + id + " sink=" + sinkId + " source=" + source + " src_ep=" + sourceEndpoint
                + " dst_ep=" + destinationEndpoint + " payload=" + payload.toHex() + " " + String.join(" ", extra));
    }
}
