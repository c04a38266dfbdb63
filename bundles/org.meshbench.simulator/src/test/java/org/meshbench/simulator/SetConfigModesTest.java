package org.meshbench.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.meshbench.simulator.testsupport.TestGateway.header;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.message.SetConfigRequest;
import org.meshbench.protocol.message.SetConfigResponse;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.simulator.testsupport.MutableClock;
import org.meshbench.simulator.testsupport.TestGateway;

/** A set_config with several bad fields: officially partial with the last error, strictly all or nothing. */
class SetConfigModesTest {

    private static final SinkNewConfig TWO_ERRORS_ONE_GOOD_FIELD = SinkNewConfig.builder("sink0")
            .networkAddress(0x123456)
            .networkChannel(99)
            .appConfig(new AppConfigData(45, Bytes.of((byte) 1), 3))
            .build();

    @Test
    void officiallyEveryValidFieldIsWrittenAndTheLastErrorReported() {
        TestGateway gateway = gateway(ValidationMode.OFFICIAL);
        long channel = gateway.config("sink0").networkChannel().orElseThrow();

        SetConfigResponse response = gateway.answer(new SetConfigRequest(header("sink0"), TWO_ERRORS_ONE_GOOD_FIELD),
                SetConfigResponse.class);

        assertEquals(ResultCode.INVALID_DIAG_INTERVAL, response.header().res());
        assertEquals(OptionalLong.of(0x123456), response.config().networkAddress());
        assertEquals(OptionalLong.of(channel), response.config().networkChannel());
    }

    @Test
    void strictlyNothingIsWrittenAndTheFirstErrorReported() {
        TestGateway gateway = gateway(ValidationMode.STRICT);
        SinkReadConfig before = gateway.config("sink0");

        SetConfigResponse response = gateway.answer(new SetConfigRequest(header("sink0"), TWO_ERRORS_ONE_GOOD_FIELD),
                SetConfigResponse.class);

        assertEquals(ResultCode.INVALID_NETWORK_CHANNEL, response.header().res());
        assertEquals(before, response.config());
    }

    @Test
    void strictlyTheConfigurationMustNameTheHeadersSink() {
        TestGateway gateway = gateway(ValidationMode.STRICT);

        SetConfigResponse response = gateway.answer(new SetConfigRequest(header("sink0"),
                SinkNewConfig.builder("sink1").networkChannel(3).build()), SetConfigResponse.class);

        assertEquals(ResultCode.INVALID_PARAM, response.header().res());
    }

    private static TestGateway gateway(ValidationMode mode) {
        MutableClock clock = new MutableClock();
        return TestGateway.first(clock, TestGateway.quiet(clock).validation(mode).build());
    }
}
