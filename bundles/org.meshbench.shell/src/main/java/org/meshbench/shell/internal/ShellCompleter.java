package org.meshbench.shell.internal;

import java.util.List;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.meshbench.network.Gateway;
import org.meshbench.network.Network;
import org.meshbench.network.Sink;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Completes command names, then a command's {@code key=} arguments, and the ids the model knows: gateway ids
 * (for set_gateway and gateway keys), sink ids (set_sink, sink_id=) and network addresses (network keys).
 */
public final class ShellCompleter implements Completer {

    private static final Set<String> GATEWAY_KEYS = Set.of("gw_id", "gateway_id");
    private static final Set<String> NETWORK_KEYS = Set.of("network_id", "network_address");

    private final CommandRunner runner;
    private final ShellState state;

    /**
     * @param runner the commands
     * @param state the model and selection the ids come from
     */
    public ShellCompleter(CommandRunner runner, ShellState state) {
        this.runner = runner;
        this.state = state;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        if (line.wordIndex() == 0) {
            runner.names().forEach(name -> candidates.add(new Candidate(name)));
            return;
        }
        String command = line.words().get(0);
        if (command.equals("set_gateway")) {
            gatewayIds().forEach(id -> candidates.add(new Candidate(id)));
            return;
        }
        if (command.equals("set_sink")) {
            sinkIds().forEach(id -> candidates.add(new Candidate(id)));
            return;
        }
        CommandSpec spec = runner.spec(command);
        if (spec == null) {
            return;
        }
        for (OptionSpec option : spec.options()) {
            for (String key : option.names()) {
                candidates.add(new Candidate(key + "=", key + "=", null, option.description().length == 0 ? null
                        : option.description()[0], null, null, false));
                values(key).forEach(value -> candidates.add(new Candidate(key + "=" + value)));
            }
        }
    }

    private List<String> values(String key) {
        if (GATEWAY_KEYS.contains(key)) {
            return gatewayIds();
        }
        if (key.equals("sink_id")) {
            return sinkIds();
        }
        if (NETWORK_KEYS.contains(key)) {
            return state.client().networks().stream().map(Network::address).map(String::valueOf).toList();
        }
        return List.of();
    }

    private List<String> gatewayIds() {
        return state.client().gateways().stream().map(Gateway::id).toList();
    }

    private List<String> sinkIds() {
        List<Sink> sinks = state.gatewayId().flatMap(state.client()::gateway).map(Gateway::sinks)
                .orElseGet(state.client()::sinks);
        return sinks.stream().map(Sink::id).distinct().toList();
    }
}
