package org.meshbench.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.meshbench.network.Network;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.network.NetworkClientOptions;
import org.meshbench.testcases.TestCase;
import org.meshbench.testcases.TestContext;
import org.meshbench.testcases.TestFailedException;
import org.meshbench.testcases.testing.PluginXmlTestCases;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransportException;

/**
 * Runs {@code meshbench test} without OSGi: test cases come from a plugin.xml written to a temporary
 * folder, and network clients are fakes that connect at once (or never) and report the network.
 */
final class TestCommandFixture {

    /** Passes and logs. */
    public static final class Passes implements TestCase {
        @Override
        public void run(TestContext context) {
            context.log().info("all good on " + context.target());
            context.metrics().record("latency.p95", context.parameters().integer("count") * 1.5, "ms");
        }
    }

    /** Fails a check. */
    public static final class Fails implements TestCase {
        @Override
        public void run(TestContext context) {
            throw new TestFailedException("gateway gw2 is offline");
        }
    }

    /** Throws something unexpected. */
    public static final class Throws implements TestCase {
        @Override
        public void run(TestContext context) {
            throw new IllegalStateException("bug in the test case");
        }
    }

    /** Hangs until interrupted. */
    public static final class Hangs implements TestCase {
        @Override
        public void run(TestContext context) throws InterruptedException {
            Thread.sleep(Duration.ofMinutes(10));
        }
    }

    private static final String PLUGIN_XML = """
            <plugin><extension point="org.meshbench.testcases">
              <testCase id="t.passes" name="Passes" category="Basics" timeout="30s" class="%s">
                <parameter key="count" type="integer" default="2" min="1" max="10"/>
              </testCase>
              <testCase id="t.fails" name="Fails" category="Basics" class="%s"/>
              <testCase id="t.throws" name="Throws" category="Broken" class="%s"/>
              <testCase id="t.hangs" name="Hangs" category="Broken" class="%s"/>
            </extension></plugin>""".formatted(Passes.class.getName(), Fails.class.getName(),
            Throws.class.getName(), Hangs.class.getName());

    final List<MqttOptions> opened = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Path dir;
    private boolean brokerDown;

    TestCommandFixture(Path dir) {
        this.dir = dir;
    }

    /** From now on, clients fail to connect. */
    void brokerDown() {
        brokerDown = true;
    }

    int run(String... args) throws IOException {
        Path pluginXml = Files.writeString(dir.resolve("plugin.xml"), PLUGIN_XML);
        TestServices services = new TestServices(PluginXmlTestCases.read(pluginXml, getClass().getClassLoader()),
                clients(), Optional.empty());
        return new TestCommand(() -> services, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private NetworkClientFactory clients() {
        return new NetworkClientFactory() {
            @Override
            public NetworkClient open(MqttOptions mqtt) {
                opened.add(mqtt);
                return client();
            }

            @Override
            public NetworkClient open(MqttOptions mqtt, NetworkClientOptions options) {
                return open(mqtt);
            }
        };
    }

    /** Connects at once (or fails to), reports every network as present, and refuses anything else. */
    private NetworkClient client() {
        return (NetworkClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {NetworkClient.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "connect" -> brokerDown ? CompletableFuture.failedFuture(
                            new MqttTransportException("connection refused", null))
                            : CompletableFuture.completedFuture(null);
                    case "network" -> Optional.of(new Network((Long) args[0], List.of()));
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
