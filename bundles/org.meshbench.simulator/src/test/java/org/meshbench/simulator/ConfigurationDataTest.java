package org.meshbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.meshbench.simulator.testsupport.TestGateway.header;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.DecodedMessage;
import org.meshbench.protocol.message.GetConfigurationDataItemRequest;
import org.meshbench.protocol.message.GetConfigurationDataItemResponse;
import org.meshbench.protocol.message.SetConfigurationDataItemRequest;
import org.meshbench.protocol.message.SetConfigurationDataItemResponse;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.simulator.testsupport.MutableClock;
import org.meshbench.simulator.testsupport.TestGateway;

class ConfigurationDataTest {

    private static final ConfigurationDataItem ITEM = new ConfigurationDataItem(12, Bytes.fromHex("a1b2c3"));

    private final MutableClock clock = new MutableClock();
    private final TestGateway gateway = TestGateway.first(clock, TestGateway.quiet(clock).build());

    @Test
    void aSetItemIsReadBackAndAnnouncedInTheStatus() {
        List<DecodedMessage> published = gateway.send(new SetConfigurationDataItemRequest(header("sink1"), ITEM));

        assertEquals(ResultCode.OK, assertInstanceOf(SetConfigurationDataItemResponse.class,
                published.get(0).message()).header().res());
        StatusEvent status = assertInstanceOf(StatusEvent.class, published.get(1).message());
        assertEquals(List.of(ITEM), status.configs().get(1).configurationDataContent());
        assertEquals(Optional.of(ITEM), get(12).configurationDataItem());
    }

    @Test
    void anEmptyPayloadRemovesTheItem() {
        gateway.send(new SetConfigurationDataItemRequest(header("sink1"), ITEM));

        gateway.send(new SetConfigurationDataItemRequest(header("sink1"),
                new ConfigurationDataItem(12, Bytes.empty())));

        GetConfigurationDataItemResponse response = get(12);
        assertEquals(ResultCode.OK, response.header().res());
        assertEquals(Optional.empty(), response.configurationDataItem());
    }

    @Test
    void itemsMustFitTheSinksRoomTogether() {
        Bytes half = Bytes.of(new byte[512]);
        gateway.send(new SetConfigurationDataItemRequest(header("sink1"), new ConfigurationDataItem(1, half)));
        gateway.send(new SetConfigurationDataItemRequest(header("sink1"), new ConfigurationDataItem(2, half)));

        SetConfigurationDataItemResponse full = gateway.answer(new SetConfigurationDataItemRequest(header("sink1"),
                new ConfigurationDataItem(3, Bytes.of((byte) 1))), SetConfigurationDataItemResponse.class);
        SetConfigurationDataItemResponse replaced = gateway.answer(new SetConfigurationDataItemRequest(header("sink1"),
                new ConfigurationDataItem(2, Bytes.of(new byte[511]))), SetConfigurationDataItemResponse.class);

        assertEquals(ResultCode.SINK_OUT_OF_MEMORY, full.header().res());
        assertEquals(ResultCode.OK, replaced.header().res());
    }

    private GetConfigurationDataItemResponse get(long endpoint) {
        return gateway.answer(new GetConfigurationDataItemRequest(header("sink1"), endpoint),
                GetConfigurationDataItemResponse.class);
    }
}
