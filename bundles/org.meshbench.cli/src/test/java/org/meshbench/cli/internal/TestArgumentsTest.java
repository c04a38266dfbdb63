package org.meshbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestArgumentsTest {

    @Test
    void ownOptionsAreReadAndBrokerFlagsPassedOnWithTheirValues() throws UsageException {
        TestArguments arguments = TestArguments.parse(List.of("--settings", "settings.yml", "--network=0x10",
                "--insecure", "--tests", "a.b, c-d", "--ca", "ca.pem", "--param", "a.b.count=5",
                "--param=c-d.payload=0xCAFE", "--gateways", "gw1,gw2", "--junit-xml", "out.xml", "--timeout", "10m",
                "--client-id=ci"));

        assertEquals(16, arguments.network());
        assertEquals(List.of("a.b", "c-d"), arguments.tests());
        assertEquals(Set.of("gw1", "gw2"), arguments.gateways());
        assertEquals(Map.of("a.b", Map.of("count", "5"), "c-d", Map.of("payload", "0xCAFE")), arguments.parameters());
        assertEquals(Optional.of(Path.of("out.xml")), arguments.junitXml());
        assertEquals(Optional.of(Duration.ofMinutes(10)), arguments.timeout());
        assertEquals(Duration.ofSeconds(10), arguments.networkWait());
        assertEquals(List.of("--settings", "settings.yml", "--insecure", "--ca", "ca.pem", "--client-id=ci"),
                arguments.brokerFlags());
    }

    @Test
    void keyIsWhatFollowsTheLastDotBeforeTheEqualsSign() throws UsageException {
        TestArguments arguments = TestArguments.parse(List.of("--network", "1", "--tests", "meshbench.echo-latency",
                "--param", "meshbench.echo-latency.nodes=1.5,2"));

        assertEquals(Map.of("meshbench.echo-latency", Map.of("nodes", "1.5,2")), arguments.parameters());
    }

    @Test
    void wrongCommandLinesAreRefused() {
        List<List<String>> wrong = List.of(List.of("--network", "1", "--tests", "a,a"),
                List.of("--network", "-3", "--tests", "a"), List.of("--network", "1", "--tests", "a", "--tests", "b"),
                List.of("--network", "1", "--tests", "a", "--param", "count=5"),
                List.of("--network", "1", "--tests", "a", "--param", "a.count=1", "--param", "a.count=2"),
                List.of("--network", "1", "--tests"), List.of("--list", "--network", "1"),
                List.of("--network", "1", "--tests", "a", "--timeout", "0s"));

        for (List<String> args : wrong) {
            assertThrows(UsageException.class, () -> TestArguments.parse(args), args.toString());
        }
    }

    @Test
    void listStandsAlone() throws UsageException {
        assertTrue(TestArguments.parse(List.of("--list")).list());
    }
}
