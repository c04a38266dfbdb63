package org.meshbench.cli.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * `--name value` pairs and `--flag` switches of one command, checked against the names the command
 * accepts.
 */
final class CommandOptions {

    private final Map<String, String> values;
    private final Set<String> flags;
    private final List<String> brokerFlags;

    private CommandOptions(Map<String, String> values, Set<String> flags, List<String> brokerFlags) {
        this.values = values;
        this.flags = flags;
        this.brokerFlags = brokerFlags;
    }

    static CommandOptions parse(List<String> args, Set<String> accepted) throws UsageException {
        return parse(args, accepted, Set.of());
    }

    /**
     * @param accepted names of the options that take a value
     * @param acceptedFlags names of the options that stand alone
     */
    static CommandOptions parse(List<String> args, Set<String> accepted, Set<String> acceptedFlags)
            throws UsageException {
        return parse(args, accepted, acceptedFlags, false);
    }

    /**
     * Like {@link #parse(List, Set, Set)}, but every other option, with the value that follows it, is kept as a
     * broker flag for {@link BrokerFlags}, which checks them.
     */
    static CommandOptions parseWithBrokerFlags(List<String> args, Set<String> accepted, Set<String> acceptedFlags)
            throws UsageException {
        return parse(args, accepted, acceptedFlags, true);
    }

    private static CommandOptions parse(List<String> args, Set<String> accepted, Set<String> acceptedFlags,
            boolean brokerFlagsToo) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> brokerFlags = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--") && acceptedFlags.contains(arg.substring(2))) {
                if (!flags.add(arg.substring(2))) {
                    throw new UsageException(arg + " given twice");
                }
                continue;
            }
            if (brokerFlagsToo && arg.startsWith("--") && !accepted.contains(arg.substring(2))) {
                brokerFlags.add(arg);
                if (!arg.contains("=") && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    brokerFlags.add(args.get(++i));
                }
                continue;
            }
            if (!arg.startsWith("--") || !accepted.contains(arg.substring(2))) {
                throw new UsageException("unknown option " + arg);
            }
            if (i + 1 == args.size()) {
                throw new UsageException(arg + " needs a value");
            }
            if (values.put(arg.substring(2), args.get(++i)) != null) {
                throw new UsageException(arg + " given twice");
            }
        }
        return new CommandOptions(values, flags, List.copyOf(brokerFlags));
    }

    String required(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    /** Exactly one of the two options, by name; the other must be absent. */
    String oneOf(String first, String second) throws UsageException {
        boolean hasFirst = values.containsKey(first);
        if (hasFirst == values.containsKey(second)) {
            throw new UsageException("give exactly one of --" + first + " and --" + second);
        }
        return hasFirst ? first : second;
    }

    String get(String name) {
        return values.get(name);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** @return the options left for the broker settings, in order */
    List<String> brokerFlags() {
        return brokerFlags;
    }
}
