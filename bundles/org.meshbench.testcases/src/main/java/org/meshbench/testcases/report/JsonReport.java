package org.meshbench.testcases.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.meshbench.json.JsonValue;
import org.meshbench.json.JsonWriter;
import org.meshbench.testcases.Metric;
import org.meshbench.testcases.TestResult;
import org.meshbench.testcases.TestStatus;
import org.meshbench.testcases.run.RunReport;

/**
 * Writes a run as JSON: {@code target}, {@code startedAt}, {@code durationMs}, {@code cancelled},
 * {@code summary} (counts by status) and {@code tests}, each with {@code id, name, category,
 * contributor, status, message, detail, startedAt, durationMs, parameters} (key to text),
 * {@code metrics} ({@code name, value, unit}) and {@code logs} ({@code time, level, message}).
 * Times are ISO-8601 UTC. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class JsonReport {

    private JsonReport() {
    }

    /**
     * @param report the run
     * @return its JSON text
     */
    public static String toJson(RunReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("target", ordered("network", report.target().networkAddress(),
                "gateways", report.target().allowedGateways().stream().sorted().toList()));
        root.put("startedAt", report.startedAt().toString());
        root.put("durationMs", report.duration().toMillis());
        root.put("cancelled", report.cancelled());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("tests", report.results().size());
        for (TestStatus status : TestStatus.values()) {
            summary.put(status.name().toLowerCase(Locale.ROOT), report.count(status));
        }
        root.put("summary", summary);
        root.put("tests", report.results().stream().map(JsonReport::test).toList());
        return JsonWriter.indented(JsonValue.of(root)) + "\n";
    }

    /**
     * @param report the run
     * @param file where to write (UTF-8); parent folders are created
     * @throws IOException if the file cannot be written
     */
    public static void write(RunReport report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(report), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> test(TestResult result) {
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("id", result.testCase().id());
        test.put("name", result.testCase().name());
        test.put("category", result.testCase().category());
        test.put("contributor", result.testCase().contributorId());
        test.put("status", result.status().name());
        test.put("message", result.message());
        test.put("detail", result.detail());
        test.put("startedAt", result.startedAt().toString());
        test.put("durationMs", result.duration().toMillis());
        test.put("parameters", result.parameters());
        test.put("metrics", result.metrics().stream().map(JsonReport::metric).toList());
        test.put("logs", result.logs().stream().map(entry -> ordered("time", entry.time().toString(),
                "level", entry.level().name(), "message", entry.message())).toList());
        return test;
    }

    private static Map<String, Object> metric(Metric metric) {
        double value = metric.value();
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        return ordered("name", metric.name(), "value", whole ? (Object) (long) value : (Object) value,
                "unit", metric.unit());
    }

    /** Keeps the keys in the order given, so that the JSON layout is stable. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
