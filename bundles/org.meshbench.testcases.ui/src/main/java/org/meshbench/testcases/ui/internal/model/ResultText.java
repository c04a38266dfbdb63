package org.meshbench.testcases.ui.internal.model;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.meshbench.testcases.LogEntry;
import org.meshbench.testcases.TestResult;

/** The texts of the results tree and of its details pane; immutable and thread-safe. */
public final class ResultText {

    private final DateTimeFormatter time;

    /** @param zone the time zone of log times, the user's own in the view */
    public ResultText(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT).withZone(zone);
    }

    /**
     * @param node an element
     * @param column a column
     * @return the cell text; empty where the element has nothing to say
     */
    public String column(ResultNode node, ResultColumn column) {
        return switch (node) {
            case ResultNode.Test test -> testColumn(test.row(), column);
            case ResultNode.Group group -> column == ResultColumn.NAME
                    ? group.kind().label() + " (" + group.size() + ")" : "";
            case ResultNode.MetricItem item -> switch (column) {
                case NAME -> item.metric().name();
                case DETAIL -> item.metric().formattedValue() + unitSuffix(item.metric().unit());
                default -> "";
            };
            case ResultNode.LogItem item -> switch (column) {
                case NAME -> time.format(item.entry().time());
                case STATUS -> item.entry().level().name().toLowerCase(Locale.ROOT);
                case DETAIL -> firstLine(item.entry().message());
                default -> "";
            };
            case ResultNode.ParameterItem item -> switch (column) {
                case NAME -> item.name();
                case DETAIL -> item.value();
                default -> "";
            };
        };
    }

    /**
     * @param node an element
     * @return everything known about it, for the details pane
     */
    public String details(ResultNode node) {
        return switch (node) {
            case ResultNode.Test test -> testDetails(test.row());
            case ResultNode.Group group -> ResultTree.children(group).stream()
                    .map(this::details).collect(Collectors.joining("\n"));
            case ResultNode.MetricItem item -> item.metric().toString();
            case ResultNode.LogItem item -> logLine(item.entry());
            case ResultNode.ParameterItem item -> item.name() + " = " + item.value();
        };
    }

    private String testColumn(ResultRow row, ResultColumn column) {
        return switch (column) {
            case NAME -> row.name();
            case STATUS -> row.state().label();
            case DURATION -> row.result().map(result -> seconds(result.duration())).orElse("");
            case DETAIL -> row.result().map(result -> firstLine(result.message()))
                    .orElseGet(() -> lastLogMessage(row.log()));
        };
    }

    private String testDetails(ResultRow row) {
        StringBuilder text = new StringBuilder(row.name()).append(" (").append(row.testCaseId()).append("): ")
                .append(row.state().label());
        if (row.result().isPresent()) {
            TestResult result = row.result().get();
            text.append(" in ").append(seconds(result.duration()));
            if (!result.message().isEmpty()) {
                text.append("\n").append(result.message());
            }
            if (!result.detail().isEmpty() && !result.detail().equals(result.message())) {
                text.append("\n\n").append(result.detail());
            }
        }
        return text.toString();
    }

    private String logLine(LogEntry entry) {
        return time.format(entry.time()) + " " + entry.level() + " " + entry.message();
    }

    private static String lastLogMessage(List<LogEntry> log) {
        return log.isEmpty() ? "" : firstLine(log.get(log.size() - 1).message());
    }

    /** @return the duration in seconds with milliseconds, e.g. {@code 1.250 s} */
    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
    }

    private static String unitSuffix(String unit) {
        return unit.isEmpty() ? "" : " " + unit;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end) + " …";
    }
}
