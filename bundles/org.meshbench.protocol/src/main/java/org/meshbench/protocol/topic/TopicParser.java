package org.meshbench.protocol.topic;

import java.util.Objects;
import java.util.Optional;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.value.Uint32;

/** Parses topic text into {@link Topic} records; see {@link Topic#parse(String)}. */
final class TopicParser {

    private static final int STATUS_LEVELS = 3;
    private static final int RECEIVED_DATA_LEVELS = 7;

    private final String text;
    private final String[] levels;

    private TopicParser(String text) {
        this.text = text;
        this.levels = text.split("/", -1);
    }

    static Topic parse(String text) throws TopicFormatException {
        Objects.requireNonNull(text, "text");
        return new TopicParser(text).parse();
    }

    private Topic parse() throws TopicFormatException {
        return switch (levels[0]) {
            case TopicLevels.REQUEST -> {
                Command command = command();
                yield new RequestTopic(command, gateway(2), commandSink(command));
            }
            case TopicLevels.RESPONSE -> {
                Command command = command();
                yield new ResponseTopic(command, gateway(2), commandSink(command));
            }
            case TopicLevels.EVENT -> event();
            default -> throw fail("it does not start with gw-request/, gw-response/ or gw-event/");
        };
    }

    private Command command() throws TopicFormatException {
        if (levels.length < 3) {
            throw fail("a command topic has the levels <prefix>/<command>/<gateway>[/<sink>]");
        }
        Command command = Command.fromTopicName(levels[1])
                .orElseThrow(() -> fail("unknown command \"" + TopicIds.printable(levels[1]) + "\""));
        int expected = command.hasSinkLevel() ? 4 : 3;
        if (levels.length != expected) {
            throw fail("command " + command.topicName() + " takes " + expected + " levels, not " + levels.length
                    + (command.hasSinkLevel() ? " (…/<gateway>/<sink>)" : " (…/<gateway>, no sink level)"));
        }
        return command;
    }

    private Optional<String> commandSink(Command command) throws TopicFormatException {
        return command.hasSinkLevel() ? Optional.of(sink(3)) : Optional.empty();
    }

    private Topic event() throws TopicFormatException {
        String type = levels.length > 1 ? levels[1] : "";
        if (type.equals(TopicLevels.STATUS)) {
            requireLevels(STATUS_LEVELS, "gw-event/status/<gateway>");
            return new StatusTopic(gateway(2));
        }
        if (type.equals(TopicLevels.RECEIVED_DATA)) {
            requireLevels(RECEIVED_DATA_LEVELS, "gw-event/received_data/<gw>/<sink>/<network>/<src_ep>/<dst_ep>");
            return new ReceivedDataTopic(gateway(2), sink(3), unsigned64(4, "network address"),
                    uint32(5, "source endpoint"), uint32(6, "destination endpoint"));
        }
        throw fail("unknown event \"" + TopicIds.printable(type) + "\" (expected status or received_data)");
    }

    private void requireLevels(int count, String layout) throws TopicFormatException {
        if (levels.length != count) {
            throw fail("expected " + count + " levels (" + layout + "), found " + levels.length);
        }
    }

    private String gateway(int index) throws TopicFormatException {
        return id(index, "gateway id");
    }

    private String sink(int index) throws TopicFormatException {
        return id(index, "sink id");
    }

    private String id(int index, String role) throws TopicFormatException {
        String id = levels[index];
        Optional<String> problem = TopicIds.problem(id);
        if (problem.isPresent()) {
            throw fail(TopicIds.describe(role, id, problem.get()));
        }
        return id;
    }

    private long uint32(int index, String what) throws TopicFormatException {
        long value = unsigned64(index, what);
        if (Long.compareUnsigned(value, Uint32.MAX_VALUE) > 0) {
            throw fail(what + " " + levels[index] + " is larger than " + Uint32.MAX_VALUE);
        }
        return value;
    }

    private long unsigned64(int index, String what) throws TopicFormatException {
        String digits = levels[index];
        if (!isDecimal(digits)) {
            throw fail(what + " \"" + TopicIds.printable(digits) + "\" is not a decimal number");
        }
        try {
            return Long.parseUnsignedLong(digits);
        } catch (NumberFormatException e) {
            throw fail(what + " " + digits + " does not fit in 64 bits");
        }
    }

    // A loop rather than a stream: every received-data topic has three numbers to check.
    private static boolean isDecimal(String digits) {
        if (digits.isEmpty()) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private TopicFormatException fail(String reason) {
        return new TopicFormatException(text, reason);
    }
}
