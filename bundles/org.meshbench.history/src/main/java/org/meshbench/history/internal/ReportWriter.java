package org.meshbench.history.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshbench.history.HistoryFormat;
import org.meshbench.json.JsonParser;
import org.meshbench.json.JsonSyntaxException;
import org.meshbench.json.JsonValue;
import org.meshbench.json.JsonWriter;

/**
 * Prints {@link ReportRows} as aligned text, CSV or JSON (with the protocol bundle's JSON writer until the
 * project's shared JSON bundle takes its place).
 */
public final class ReportWriter {

    /** Wider cells are cut in text output, so that one long summary does not push every row apart. */
    private static final int MAX_TEXT_WIDTH = 60;

    private ReportWriter() {
    }

    /**
     * @param rows the rows, every one with the same columns
     * @param format how to print them
     * @param out where to
     */
    public static void write(List<Map<String, Object>> rows, HistoryFormat format, PrintStream out) {
        switch (format) {
            case TEXT -> text(rows, out);
            case CSV -> csv(rows, out);
            case JSON -> out.println(JsonWriter.indented(new JsonValue.JsonArray(rows.stream()
                    .map(ReportWriter::jsonObject).toList())));
        }
    }

    private static void text(List<Map<String, Object>> rows, PrintStream out) {
        if (rows.isEmpty()) {
            out.println("(none)");
            return;
        }
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        columns.remove("fields");
        columns.remove("request");
        columns.remove("response");
        int[] widths = columns.stream().mapToInt(String::length).toArray();
        for (Map<String, Object> row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                widths[i] = Math.max(widths[i], textCell(row.get(columns.get(i))).length());
            }
        }
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            header.append(String.format("%-" + (widths[i] + 2) + "s", columns.get(i)));
        }
        out.println(header.toString().stripTrailing());
        for (Map<String, Object> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                line.append(String.format("%-" + (widths[i] + 2) + "s", textCell(row.get(columns.get(i)))));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static String textCell(Object value) {
        String text = value == null ? "-" : String.valueOf(value);
        return text.length() > MAX_TEXT_WIDTH ? text.substring(0, MAX_TEXT_WIDTH - 1) + "…" : text;
    }

    private static void csv(List<Map<String, Object>> rows, PrintStream out) {
        if (rows.isEmpty()) {
            return;
        }
        out.println(String.join(",", rows.get(0).keySet()));
        for (Map<String, Object> row : rows) {
            out.println(String.join(",", row.values().stream().map(ReportWriter::csvCell).toList()));
        }
    }

    private static String csvCell(Object value) {
        String text = switch (value) {
            case null -> "";
            case ReportRows.Json json -> json.text();
            default -> value.toString();
        };
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static JsonValue jsonObject(Map<String, Object> row) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        row.forEach((name, value) -> members.put(name, json(value)));
        return new JsonValue.JsonObject(members);
    }

    private static JsonValue json(Object value) {
        return switch (value) {
            case null -> new JsonValue.JsonNull();
            case Long number -> new JsonValue.JsonNumber(BigDecimal.valueOf(number));
            case Integer number -> new JsonValue.JsonNumber(BigDecimal.valueOf(number));
            case Double number -> new JsonValue.JsonNumber(BigDecimal.valueOf(number));
            case ReportRows.Json json -> parsed(json.text());
            default -> new JsonValue.JsonString(value.toString());
        };
    }

    private static JsonValue parsed(String text) {
        try {
            return JsonParser.parse(text);
        } catch (JsonSyntaxException e) {
            return new JsonValue.JsonString(text); // stored by another writer; shown as it is
        }
    }
}
