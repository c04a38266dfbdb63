package org.meshbench.history.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meshbench.history.NodeSummary;
import org.meshbench.history.PacketRecord;
import org.meshbench.history.RequestExchange;
import org.meshbench.history.ResponseRecord;

/**
 * Query results as rows of named cells, in column order. A cell is a text, a number, {@code null}, or
 * {@link Json} for text that is JSON already.
 */
public final class ReportRows {

    /** A cell holding JSON text, nested as it is in JSON output and printed as text elsewhere. */
    public record Json(String text) {
    }

    private ReportRows() {
    }

    /**
     * @param packets the packets
     * @return one row each
     */
    public static List<Map<String, Object>> packets(List<PacketRecord> packets) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PacketRecord packet : packets) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rx_time", time(packet.rxTimeMs()));
            row.put("gateway_id", packet.gatewayId());
            row.put("sink_id", packet.sinkId());
            row.put("network_address", packet.networkAddress());
            row.put("source_address", Long.toUnsignedString(packet.sourceAddress()));
            row.put("destination_address", Long.toUnsignedString(packet.destinationAddress()));
            row.put("source_endpoint", packet.sourceEndpoint());
            row.put("destination_endpoint", packet.destinationEndpoint());
            row.put("travel_time_ms", packet.travelTimeMs());
            row.put("hop_count", packet.hopCount().isPresent() ? packet.hopCount().getAsLong() : null);
            row.put("qos", packet.qos());
            row.put("event_id", Long.toUnsignedString(packet.eventId()));
            row.put("payload", packet.payload().map(bytes -> bytes.toHex()).orElse(null));
            row.put("payload_size", packet.payloadSize());
            row.put("decoder", packet.decoderId().orElse(null));
            row.put("summary", packet.summary().orElse(null));
            row.put("fields", packet.fieldsJson().map(Json::new).orElse(null));
            rows.add(row);
        }
        return rows;
    }

    /**
     * @param nodes the node summaries
     * @return one row each
     */
    public static List<Map<String, Object>> nodes(List<NodeSummary> nodes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NodeSummary node : nodes) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("network_address", node.networkAddress());
            row.put("node_address", Long.toUnsignedString(node.nodeAddress()));
            row.put("packets", node.packets());
            row.put("first_rx_time", time(node.firstRxMs()));
            row.put("last_rx_time", time(node.lastRxMs()));
            row.put("mean_travel_time_ms", Math.round(node.meanTravelTimeMs() * 10) / 10.0);
            row.put("max_hop_count", node.maxHopCount());
            rows.add(row);
        }
        return rows;
    }

    /**
     * @param exchanges the requests with their responses
     * @return one row each
     */
    public static List<Map<String, Object>> requests(List<RequestExchange> exchanges) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RequestExchange exchange : exchanges) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("time", time(exchange.request().receivedAtMs()));
            row.put("gateway_id", exchange.request().gatewayId());
            row.put("sink_id", exchange.request().sinkId());
            row.put("command", exchange.request().command());
            row.put("request_id", Long.toUnsignedString(exchange.request().requestId()));
            row.put("result", exchange.response().map(ResponseRecord::result).orElse(null));
            row.put("response_ms", exchange.response()
                    .map(response -> response.receivedAtMs() - exchange.request().receivedAtMs()).orElse(null));
            row.put("request", new Json(exchange.request().messageJson()));
            row.put("response", exchange.response().map(response -> new Json(response.messageJson())).orElse(null));
            rows.add(row);
        }
        return rows;
    }

    private static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
