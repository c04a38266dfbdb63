package org.meshbench.testcases.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

    private final String json = JsonReport.toJson(Reports.mixedRun());

    @Test
    void summaryAndTargetComeFirst() {
        assertTrue(json.startsWith("""
                {
                  "target": {
                    "network": 1749699,
                    "gateways": [
                      "gw1",
                      "gw2"
                    ]
                  },
                  "startedAt": "2026-03-01T10:15:30.250Z",
                  "durationMs": 4321,
                  "cancelled": false,
                  "summary": {
                    "tests": 4,
                    "passed": 1,
                    "failed": 1,
                    "error": 1,
                    "skipped": 1
                  },
                """), json);
    }

    @Test
    void testsCarryStatusParametersMetricsAndEscapedLogs() {
        assertTrue(json.contains("""
                      "id": "meshbench.echo",
                      "name": "meshbench.echo name",
                      "category": "Data path",
                      "contributor": "org.meshbench.testcases.builtin",
                      "status": "FAILED",
                      "message": "loss 12.5 % is above 5 %",
                      "detail": "loss 12.5 % is above 5 %\\nnode 42 never answered",
                """), json);
        assertTrue(json.contains("""
                        {
                          "name": "latency.p95",
                          "value": 41.25,
                          "unit": "ms"
                        },
                """), json);
        assertTrue(json.contains("\"value\": 2,"), "whole numbers without a fraction");
        assertTrue(json.contains("\"message\": \"payload \\u0001\\u0007 <&> quoted\""), json);
        assertTrue(json.contains("\"parameters\": {\n        \"count\": \"20\"\n      },"), json);
    }

    @Test
    void writesUtf8File(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/report.json");

        JsonReport.write(Reports.mixedRun(), file);

        assertEquals(json, Files.readString(file));
    }
}
