package org.meshbench.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.value.Bytes;

/** Text, CSV and JSON output of packets. */
class HistoryReportTest {

    private static final PacketRecord PACKET = new PacketRecord("gw1", -1L, "sink0", 1, 0xFFFFFFFFL, 1, 1, 2,
            0, 30, OptionalLong.empty(), 1, Optional.of(Bytes.fromHex("0102")), 2, Optional.of("vendor.temp"),
            Optional.of("21.5 °C, \"ok\""), Optional.of("[{\"name\":\"t\",\"value\":21.5}]"), 0);

    @Test
    void csvQuotesCellsWithCommasAndQuotesAndPrintsIdsUnsigned() {
        String csv = print(HistoryFormat.CSV);

        assertTrue(csv.startsWith("rx_time,gateway_id,sink_id,network_address,source_address,"), csv);
        assertTrue(csv.contains(",4294967295,"), csv);
        assertTrue(csv.contains(",18446744073709551615,0102,2,vendor.temp,\"21.5 °C, \"\"ok\"\"\","), csv);
    }

    @Test
    void jsonNestsTheDecodedFields() {
        String json = print(HistoryFormat.JSON);

        assertTrue(json.contains("\"fields\": [") && json.contains("\"value\": 21.5"), json);
        assertTrue(json.contains("\"hop_count\": null"), json);
    }

    @Test
    void textLeavesTheFieldsOutAndShowsMissingValuesAsDashes() {
        List<String> lines = print(HistoryFormat.TEXT).lines().toList();

        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("rx_time ") && !lines.get(0).contains("fields"), lines.get(0));
        assertTrue(lines.get(1).startsWith("1970-01-01T00:00:00Z  gw1"), lines.get(1));
    }

    private static String print(HistoryFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        HistoryReport.packets(List.of(PACKET), format, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
