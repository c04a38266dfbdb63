package org.meshbench.testcases.builtin.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.meshbench.network.NetworkException;
import org.meshbench.network.Sink;
import org.meshbench.protocol.value.AppConfigData;
import org.meshbench.protocol.value.SinkNewConfig;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.testcases.TestContext;

/** Writes app configs sink by sink and reads them back; every mismatch is a failed soft check. */
final class AppConfigWriter {

    private final TestContext context;

    AppConfigWriter(TestContext context) {
        this.context = context;
    }

    /**
     * @param sinks the sinks to write
     * @param configFor the app config of each sink
     * @throws InterruptedException if interrupted
     */
    void write(List<Sink> sinks, Function<Sink, AppConfigData> configFor) throws InterruptedException {
        for (Sink sink : sinks) {
            AppConfigData config = configFor.apply(sink);
            try {
                SinkReadConfig answer = context.network().sync().setSinkConfig(sink.gatewayId(),
                        SinkNewConfig.builder(sink.id()).appConfig(config).build());
                context.log().info("sink " + sink.ref() + " took app config seq " + config.seq());
                context.checks().expect(answer.appConfig().equals(Optional.of(config)), "sink " + sink.ref()
                        + " answered set_config with app config " + answer.appConfig().map(Object::toString)
                        .orElse("none"));
            } catch (NetworkException | TimeoutException e) {
                context.checks().expect(false, "setting the app config of " + sink.ref() + " failed: "
                        + e.getMessage());
            }
        }
    }

    /**
     * Reads the configurations again with get_configs, as another backend would see them.
     *
     * @param sinks the sinks written
     * @param wanted what each must report
     * @throws InterruptedException if interrupted
     */
    void readBack(List<Sink> sinks, AppConfigData wanted) throws InterruptedException {
        Set<String> gateways = new TreeSet<>();
        sinks.forEach(sink -> gateways.add(sink.gatewayId()));
        for (String gateway : gateways) {
            List<SinkReadConfig> configs;
            try {
                configs = context.network().sync().getConfigs(gateway);
            } catch (NetworkException | TimeoutException e) {
                context.checks().expect(false, "reading the configs of " + gateway + " failed: " + e.getMessage());
                continue;
            }
            for (Sink sink : sinks.stream().filter(sink -> sink.gatewayId().equals(gateway)).toList()) {
                Optional<AppConfigData> read = configs.stream().filter(config -> config.sinkId().equals(sink.id()))
                        .findFirst().flatMap(SinkReadConfig::appConfig);
                context.checks().expect(read.equals(Optional.of(wanted)), "sink " + sink.ref() + " reads back app config "
                        + read.map(Object::toString).orElse("none") + " instead of " + wanted);
            }
        }
    }
}
