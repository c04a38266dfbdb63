package org.meshbench.shell.internal;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs shell lines: {@code cmd; cmd}, {@code !host command}, {@code help [cmd]} / {@code ?}, and the commands of
 * the command classes through picocli, with arguments written {@code key=value} as in wm-gw-cli. A failing
 * command prints one line and gives status 1, wrong arguments print the command's usage and give 2.
 */
public final class CommandRunner {

    /** Statuses of a line. */
    public static final int OK = 0;
    /** A command failed. */
    public static final int FAILED = 1;
    /** A command or its arguments are wrong. */
    public static final int USAGE = 2;

    private static final Set<String> EXIT = Set.of("bye", "q", "quit", "exit", "EOF", "eof");

    private final ShellState state;
    private final Map<String, CommandLine> commands = new TreeMap<>();

    /** @param state the shell's state, shared by every command */
    public CommandRunner(ShellState state) {
        this.state = state;
        for (Object group : List.of(new InventoryCommands(state), new ConfigCommands(state),
                new DataCommands(state), new RemoteApiCommands(state), new OtapCommands(state),
                new SessionCommands(state))) {
            for (Method method : CommandLine.getCommandMethods(group.getClass(), null)) {
                CommandLine command = new CommandLine(method, new GroupFactory(group));
                command.setOut(state.out()).setErr(state.out());
                command.setExecutionExceptionHandler((e, line, parsed) -> failed(e));
                command.setParameterExceptionHandler((e, args) -> usage(e));
                command.getCommandSpec().usageMessage().width(100);
                commands.put(command.getCommandName(), command);
                for (String alias : command.getCommandSpec().aliases()) {
                    commands.put(alias, command);
                }
            }
        }
    }

    /** @return every command name and alias, sorted, with the shell's own words */
    public List<String> names() {
        List<String> names = new ArrayList<>(commands.keySet());
        names.addAll(List.of("help", "?", "bye", "q"));
        return names;
    }

    /** @return the spec of a command, for completing its options */
    CommandSpec spec(String name) {
        CommandLine command = commands.get(name);
        return command == null ? null : command.getCommandSpec();
    }

    /**
     * @param line a line as typed
     * @return the status of its last command, or empty when it asks to leave the shell
     */
    public java.util.OptionalInt run(String line) {
        int status = OK;
        for (String part : line.split(";")) {
            String trimmed = part.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (EXIT.contains(trimmed)) {
                return java.util.OptionalInt.empty();
            }
            status = runOne(trimmed);
            state.out().flush();
            if (Thread.interrupted()) {
                state.out().println("interrupted");
                state.out().flush();
                return java.util.OptionalInt.of(FAILED);
            }
        }
        return java.util.OptionalInt.of(status);
    }

    private int runOne(String line) {
        String[] words = (line.startsWith("!") ? "shell " + line.substring(1) : line).strip().split("\\s+");
        String name = words[0];
        String[] args = java.util.Arrays.copyOfRange(words, 1, words.length);
        if (name.equals("help") || name.equals("?")) {
            return help(args);
        }
        CommandLine command = commands.get(name);
        if (command == null) {
            state.out().println("unknown command " + name + "; help lists the commands");
            return USAGE;
        }
        return command.execute(args);
    }

    private int help(String[] args) {
        PrintWriter out = state.out();
        if (args.length > 0 && commands.containsKey(args[0])) {
            commands.get(args[0]).usage(out);
            return OK;
        }
        commands.forEach((name, command) -> {
            if (name.equals(command.getCommandName())) {
                String aliases = String.join(", ", command.getCommandSpec().aliases());
                out.println(String.format("  %-26s %s", name + (aliases.isEmpty() ? "" : ", " + aliases),
                        String.join(" ", command.getCommandSpec().usageMessage().description())));
            }
        });
        out.println("  !COMMAND                   run COMMAND in the host shell");
        out.println("  help [COMMAND], ?          this list, or a command's arguments (key=value)");
        out.println("  bye, q, Ctrl-D             leave the shell; Ctrl-C stops a command that waits");
        return OK;
    }

    private int failed(Exception e) {
        if (e instanceof InterruptedException || e.getCause() instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
        state.out().println("error: " + (e instanceof ShellException ? e.getMessage() : e.toString()));
        return FAILED;
    }

    private int usage(CommandLine.ParameterException e) {
        state.out().println("error: " + e.getMessage());
        e.getCommandLine().usage(state.out());
        return USAGE;
    }

    /** Hands picocli the command-group instances instead of letting it create new ones. */
    private record GroupFactory(Object group) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            return type.isInstance(group) ? type.cast(group) : CommandLine.defaultFactory().create(type);
        }
    }
}
