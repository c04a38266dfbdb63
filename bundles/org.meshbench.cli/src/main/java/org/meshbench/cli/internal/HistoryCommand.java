package org.meshbench.cli.internal;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.meshbench.mesh.EndpointPair;
import org.meshbench.history.HistoryDatabase;
import org.meshbench.history.HistoryException;
import org.meshbench.history.HistoryFormat;
import org.meshbench.history.HistoryQuery;
import org.meshbench.history.HistoryReport;

/** {@code meshbench history}: prints stored packets, a per-node summary, or requests with their responses. */
final class HistoryCommand {

    static final Set<String> OPTIONS = Set.of("db", "from", "to", "node", "endpoints");
    static final Set<String> FLAGS = Set.of("packets", "nodes", "requests", "csv", "json");

    private final PrintStream out;

    HistoryCommand(PrintStream out) {
        this.out = out;
    }

    void run(CommandOptions options) throws UsageException, BadInputException {
        String what = exactlyOne(options, List.of("packets", "nodes", "requests"), true);
        String format = exactlyOne(options, List.of("csv", "json"), false);
        HistoryQuery query = new HistoryQuery(time(options, "from"), time(options, "to"), node(options),
                endpoints(options));
        try (HistoryDatabase database = HistoryDatabase.open(options.required("db"))) {
            HistoryFormat as = format == null ? HistoryFormat.TEXT : HistoryFormat.valueOf(format.toUpperCase(Locale.ROOT));
            switch (what) {
                case "packets" -> HistoryReport.packets(database.packets(query), as, out);
                case "nodes" -> HistoryReport.nodes(database.nodes(query), as, out);
                default -> HistoryReport.requests(database.requests(query), as, out);
            }
        } catch (HistoryException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static String exactlyOne(CommandOptions options, List<String> flags, boolean required)
            throws UsageException {
        List<String> given = flags.stream().filter(options::flag).toList();
        if (given.size() > 1 || (required && given.isEmpty())) {
            throw new UsageException("give " + (required ? "exactly" : "at most") + " one of --"
                    + String.join(", --", flags));
        }
        return given.isEmpty() ? null : given.get(0);
    }

    /** An ISO-8601 instant ({@code 2026-12-08T10:00:00Z}), a date (its start, UTC) or epoch milliseconds. */
    private static Optional<Instant> time(CommandOptions options, String name) throws BadInputException {
        String text = options.get(name);
        if (text == null) {
            return Optional.empty();
        }
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochMilli(Long.parseLong(text)));
            }
            return Optional.of(text.contains("T") ? Instant.parse(text)
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeException | NumberFormatException e) {
            throw new BadInputException("--" + name + " '" + text
                    + "' is not a time: give 2026-12-08T10:00:00Z, 2026-12-08 or epoch milliseconds");
        }
    }

    /** Decimal or {@code 0x} hexadecimal, as node addresses are often written. */
    private static OptionalLong node(CommandOptions options) throws BadInputException {
        String text = options.get("node");
        if (text == null) {
            return OptionalLong.empty();
        }
        try {
            boolean hex = text.startsWith("0x") || text.startsWith("0X");
            return OptionalLong.of(hex ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseUnsignedLong(text));
        } catch (NumberFormatException e) {
            throw new BadInputException("--node '" + text + "' is not a node address");
        }
    }

    private static Optional<EndpointPair> endpoints(CommandOptions options) throws BadInputException {
        String text = options.get("endpoints");
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(":", -1);
        try {
            if (parts.length == 2) {
                return Optional.of(EndpointPair.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new BadInputException("--endpoints '" + text + "' is not SOURCE:DESTINATION, each 0..255");
    }
}
