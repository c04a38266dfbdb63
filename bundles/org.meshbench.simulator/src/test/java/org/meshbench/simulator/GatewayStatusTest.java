package org.meshbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.value.GatewayFeature;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.simulator.testsupport.MutableClock;
import org.meshbench.simulator.testsupport.TestGateway;

class GatewayStatusTest {

    private final MutableClock clock = new MutableClock();
    private final TestGateway gateway = TestGateway.first(clock,
            TestGateway.quiet(clock).gatewayProfile("model-x", "9.9", 4096).build());

    @Test
    void onlineStatusIsRetainedAtQos1WithEverySinkAndTheGatewayProfile() {
        Publication online = gateway.behaviour().onlineStatus();

        assertEquals("gw-event/status/sim-gw-0", online.topic());
        assertEquals(1, online.qos());
        assertTrue(online.retain());
        StatusEvent status = assertInstanceOf(StatusEvent.class, TestGateway.decode(online).message());
        assertEquals(OnOffState.ON, status.state());
        assertEquals(StatusEvent.CURRENT_VERSION, status.version());
        assertEquals(List.of("sink0", "sink1"), status.configs().stream().map(SinkReadConfig::sinkId).toList());
        assertEquals(Optional.of("model-x"), status.gwModel());
        assertEquals(Optional.of("9.9"), status.gwVersion());
        assertEquals(OptionalLong.of(4096), status.maxScratchpadSize());
        assertEquals(List.of(GatewayFeature.CONFIGURATION_DATA_V1, GatewayFeature.SINK_KEY_MANAGEMENT_V1,
                GatewayFeature.SCRATCHPAD_CHUNK_V1), status.gwFeatures());
        assertEquals(OptionalLong.of(MutableClock.START.toEpochMilli()), status.header().timeMsEpoch());
    }

    @Test
    void everyOnlineStatusHasAFreshEventId() {
        StatusEvent first = status(gateway.behaviour().onlineStatus());
        StatusEvent second = status(gateway.behaviour().onlineStatus());

        assertNotEquals(first.header().eventId(), second.header().eventId());
    }

    @Test
    void offlineWillIsRetainedAtQos2WithoutConfigsAndNeverChanges() {
        Publication will = gateway.behaviour().offlineStatus();

        assertEquals("gw-event/status/sim-gw-0", will.topic());
        assertEquals(2, will.qos());
        assertTrue(will.retain());
        StatusEvent offline = status(will);
        assertEquals(OnOffState.OFF, offline.state());
        assertTrue(offline.configs().isEmpty());
        assertEquals(Optional.of("model-x"), offline.gwModel());
        gateway.behaviour().onlineStatus();
        assertEquals(will, gateway.behaviour().offlineStatus());
    }

    @Test
    void subscribesToEachCommandOfItsOwnGateway() {
        List<String> filters = gateway.behaviour().requestTopicFilters();

        assertEquals(10, filters.size());
        assertTrue(filters.contains("gw-request/get_configs/sim-gw-0"), filters.toString());
        assertTrue(filters.contains("gw-request/get_gw_info/sim-gw-0"), filters.toString());
        assertTrue(filters.contains("gw-request/send_data/sim-gw-0/#"), filters.toString());
        assertTrue(filters.contains("gw-request/otap_set_target_scratchpad/sim-gw-0/#"), filters.toString());
    }

    @Test
    void defaultSinksAreStartedTwoPointFourGigahertzSinks() {
        SinkReadConfig sink = gateway.config("sink0");

        assertEquals(Optional.of(OnOffState.ON), sink.sinkState());
        assertEquals(OptionalLong.of(102), sink.maxMtu());
        assertEquals(OptionalLong.of(80), sink.appConfigMaxSize());
        assertEquals(OptionalLong.of(60), OptionalLong.of(sink.appConfig().orElseThrow().diagIntervalS()));
        assertTrue(sink.networkAddress().orElseThrow() >= 1 && sink.networkAddress().orElseThrow() <= 0xFFFFFE);
        assertNotEquals(sink.networkAddress(), gateway.config("sink1").networkAddress());
    }

    private static StatusEvent status(Publication publication) {
        return assertInstanceOf(StatusEvent.class, TestGateway.decode(publication).message());
    }
}
