package org.meshbench.network.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.meshbench.protocol.DecodeException;
import org.meshbench.protocol.GatewayCodec;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.GetConfigsResponse;
import org.meshbench.protocol.message.GetConfigurationDataItemResponse;
import org.meshbench.protocol.message.GetGatewayInfoResponse;
import org.meshbench.protocol.message.GetScratchpadStatusResponse;
import org.meshbench.protocol.message.ProcessScratchpadResponse;
import org.meshbench.protocol.message.Request;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.ResponseHeader;
import org.meshbench.protocol.message.SendDataResponse;
import org.meshbench.protocol.message.SetConfigRequest;
import org.meshbench.protocol.message.SetConfigResponse;
import org.meshbench.protocol.message.SetConfigurationDataItemResponse;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionResponse;
import org.meshbench.protocol.message.UploadScratchpadResponse;
import org.meshbench.protocol.topic.RequestTopic;
import org.meshbench.protocol.value.GatewayInfo;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.protocol.value.SinkReadConfig;

/**
 * Answers the requests published on a {@link FakeTransport} like a gateway would, synchronously;
 * a test can make a command fail with a result code or stay unanswered. Not thread-safe beyond
 * the fake transport's single test thread.
 */
public final class ScriptedGateway {
    private final GatewayCodec codec = new GatewayCodec();
    private final FakeTransport transport;
    private final String gatewayId;
    private final Map<Command, ResultCode> results = new EnumMap<>(Command.class);
    private final Set<Command> silent = EnumSet.noneOf(Command.class);
    private final List<Request> received = new ArrayList<>();
    private List<SinkReadConfig> sinks = List.of();

    /**
     * @param transport the transport to answer on
     * @param gatewayId the gateway's id; requests to other gateways are ignored
     */
    public ScriptedGateway(FakeTransport transport, String gatewayId) {
        this.transport = transport;
        this.gatewayId = gatewayId;
        transport.onPublish(publish -> answer(publish.topic(), publish.payload()));
    }

    /** @param configs the sinks get_configs reports */
    public void sinks(SinkReadConfig... configs) {
        sinks = List.of(configs);
    }

    /** @param command answered with {@code result} from now on */
    public void fail(Command command, ResultCode result) {
        results.put(command, result);
    }

    /** @param command left unanswered from now on */
    public void ignore(Command command) {
        silent.add(command);
    }

    /** @return the requests received so far */
    public List<Request> received() {
        return List.copyOf(received);
    }

    private void answer(String topic, byte[] payload) {
        if (!topic.startsWith("gw-request/")) {
            return;
        }
        try {
            RequestTopic requestTopic = (RequestTopic) codec.decode(topic, payload).topic();
            Request request = (Request) codec.decode(topic, payload).message();
            if (!requestTopic.gatewayId().equals(gatewayId) || silent.contains(requestTopic.command())) {
                return;
            }
            received.add(request);
            ResultCode result = results.getOrDefault(requestTopic.command(), ResultCode.OK);
            ResponseHeader header = new ResponseHeader(request.header().reqId(), gatewayId,
                    request.header().sinkId(), result, OptionalLong.empty());
            Messages.deliver(transport, response(requestTopic.command(), header, request));
        } catch (DecodeException e) {
            throw new AssertionError("client published an undecodable request on " + topic, e);
        }
    }

    private Response response(Command command, ResponseHeader header, Request request) {
        return switch (command) {
            case GET_CONFIGS -> new GetConfigsResponse(header, sinks);
            case SET_CONFIG -> new SetConfigResponse(header, readBack((SetConfigRequest) request));
            case GET_GW_INFO -> new GetGatewayInfoResponse(header, new GatewayInfo(1_700_000_000L,
                    Optional.of("model-x"), Optional.of("1.2.3"), OptionalLong.of(2), OptionalLong.of(1024),
                    List.of()));
            case SEND_DATA -> new SendDataResponse(header);
            case OTAP_STATUS -> new GetScratchpadStatusResponse(header, Optional.of(new ScratchpadInfo(100, 7, 3)),
                    Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.of(9), Optional.empty());
            case OTAP_LOAD_SCRATCHPAD -> new UploadScratchpadResponse(header);
            case OTAP_PROCESS_SCRATCHPAD -> new ProcessScratchpadResponse(header);
            case OTAP_SET_TARGET_SCRATCHPAD -> new SetScratchpadTargetAndActionResponse(header);
            case SET_CONFIGURATION_DATA_ITEM -> new SetConfigurationDataItemResponse(header);
            case GET_CONFIGURATION_DATA_ITEM -> new GetConfigurationDataItemResponse(header, Optional.empty());
        };
    }

    private SinkReadConfig readBack(SetConfigRequest request) {
        SinkReadConfig.Builder config = SinkReadConfig.builder(request.config().sinkId());
        request.config().networkAddress().ifPresent(config::networkAddress);
        request.config().nodeAddress().ifPresent(config::nodeAddress);
        request.config().networkChannel().ifPresent(config::networkChannel);
        request.config().appConfig().ifPresent(config::appConfig);
        request.config().sinkState().ifPresent(config::sinkState);
        return config.build();
    }
}
