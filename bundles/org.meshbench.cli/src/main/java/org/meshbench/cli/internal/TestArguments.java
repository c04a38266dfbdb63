package org.meshbench.cli.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meshbench.testcases.DurationText;

/**
 * The command line of {@code meshbench test}. Its own options are read here; every other flag, with
 * the value that follows it, is passed on as a broker flag ({@code --settings}, {@code --broker},
 * {@code --ca}, …), which {@link org.meshbench.transport.mqtt.settings.MqttSettings} checks.
 *
 * @param list whether to list the installed test cases instead of running
 * @param network the network address
 * @param gateways the only gateways tests may use; empty for all
 * @param tests the test-case ids, in order
 * @param parameters parameter values by test-case id, then key
 * @param junitXml where to write the JUnit XML report
 * @param json where to write the JSON report
 * @param timeout the timeout of every test, replacing the declared ones
 * @param networkWait how long to wait for the network's gateways after connecting
 * @param brokerFlags everything else, for the broker settings
 */
record TestArguments(boolean list, long network, Set<String> gateways, List<String> tests,
        Map<String, Map<String, String>> parameters, Optional<Path> junitXml, Optional<Path> json,
        Optional<Duration> timeout, Duration networkWait, List<String> brokerFlags) {

    private static final Set<String> VALUED = Set.of("--network", "--gateways", "--tests", "--param", "--junit-xml",
            "--json", "--timeout", "--wait");
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    /**
     * @param args the arguments after {@code test}
     * @return the parsed arguments
     * @throws UsageException naming the first wrong option
     */
    static TestArguments parse(List<String> args) throws UsageException {
        Map<String, String> single = new LinkedHashMap<>();
        List<String> params = new ArrayList<>();
        List<String> brokerFlags = new ArrayList<>();
        boolean list = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.equals("--list") && name.equals(arg)) {
                list = true;
            } else if (VALUED.contains(name)) {
                String value = name.equals(arg) ? valueAfter(args, i++, name) : arg.substring(name.length() + 1);
                if (name.equals("--param")) {
                    params.add(value);
                } else if (single.put(name, value) != null) {
                    throw new UsageException(name + " given twice");
                }
            } else {
                brokerFlags.add(arg);
                if (name.equals(arg) && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    brokerFlags.add(args.get(++i));
                }
            }
        }
        return list ? listing(single, params, brokerFlags) : run(single, params, brokerFlags);
    }

    private static TestArguments listing(Map<String, String> single, List<String> params, List<String> brokerFlags)
            throws UsageException {
        if (!single.isEmpty() || !params.isEmpty() || !brokerFlags.isEmpty()) {
            throw new UsageException("--list takes no other option");
        }
        return new TestArguments(true, 0, Set.of(), List.of(), Map.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), DEFAULT_WAIT, List.of());
    }

    private static TestArguments run(Map<String, String> single, List<String> params, List<String> brokerFlags)
            throws UsageException {
        List<String> tests = items(required(single, "--tests"));
        if (tests.isEmpty() || tests.size() != Set.copyOf(tests).size()) {
            throw new UsageException("--tests needs test-case ids, each once");
        }
        Optional<Duration> timeout = single.containsKey("--timeout")
                ? Optional.of(duration("--timeout", single.get("--timeout"))) : Optional.empty();
        if (timeout.filter(Duration::isZero).isPresent()) {
            throw new UsageException("--timeout must be longer than 0s");
        }
        return new TestArguments(false, network(required(single, "--network")),
                Set.copyOf(items(single.getOrDefault("--gateways", ""))), tests, ParameterArguments.parse(params, tests),
                path(single, "--junit-xml"), path(single, "--json"), timeout,
                duration("--wait", single.getOrDefault("--wait", DurationText.format(DEFAULT_WAIT))), brokerFlags);
    }

    private static String valueAfter(List<String> args, int index, String name) throws UsageException {
        if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
            throw new UsageException(name + " needs a value");
        }
        return args.get(index + 1);
    }

    private static String required(Map<String, String> single, String name) throws UsageException {
        String value = single.get(name);
        if (value == null) {
            throw new UsageException(name + " is required");
        }
        return value;
    }

    private static List<String> items(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    /** Decimal or {@code 0x} hexadecimal, as network addresses are often written. */
    private static long network(String text) throws UsageException {
        String trimmed = text.trim();
        try {
            boolean hex = trimmed.startsWith("0x") || trimmed.startsWith("0X");
            long address = hex ? Long.parseLong(trimmed.substring(2), 16) : Long.parseLong(trimmed);
            if (address >= 0) {
                return address;
            }
        } catch (NumberFormatException e) {
            // reported below, like a negative address
        }
        throw new UsageException("--network '" + text + "' is not a network address");
    }

    private static Optional<Path> path(Map<String, String> single, String name) throws UsageException {
        try {
            return Optional.ofNullable(single.get(name)).map(Path::of);
        } catch (InvalidPathException e) {
            throw new UsageException(name + ": " + e.getMessage());
        }
    }

    private static Duration duration(String name, String text) throws UsageException {
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(name + ": " + e.getMessage());
        }
    }
}
