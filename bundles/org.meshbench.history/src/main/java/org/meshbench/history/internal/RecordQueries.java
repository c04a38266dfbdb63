package org.meshbench.history.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.history.HistoryQuery;
import org.meshbench.history.NodeSummary;
import org.meshbench.history.PacketRecord;
import org.meshbench.history.RequestExchange;
import org.meshbench.history.RequestRecord;
import org.meshbench.history.ResponseRecord;
import org.meshbench.protocol.value.Bytes;

/** Reads records back for a {@link HistoryQuery}. Plain SQL that SQLite and PostgreSQL read alike. */
final class RecordQueries {

    private static final String PACKET_COLUMNS = "gateway_id, event_id, sink_id, network_address, source_address, "
            + "destination_address, source_endpoint, destination_endpoint, rx_time_ms, travel_time_ms, hop_count, qos, "
            + "payload, payload_size, decoder, summary, fields_json, received_at_ms";

    private RecordQueries() {
    }

    static List<PacketRecord> packets(Connection connection, HistoryQuery query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + PACKET_COLUMNS
                + " FROM packets WHERE " + packetFilter(query) + " ORDER BY rx_time_ms, gateway_id, event_id")) {
            bindPacketFilter(statement, query);
            List<PacketRecord> packets = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    packets.add(packet(row));
                }
            }
            return packets;
        }
    }

    static List<NodeSummary> nodes(Connection connection, HistoryQuery query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT network_address, source_address, "
                + "count(*), min(rx_time_ms), max(rx_time_ms), avg(travel_time_ms), coalesce(max(hop_count), 0) "
                + "FROM packets WHERE " + packetFilter(query)
                + " GROUP BY network_address, source_address ORDER BY network_address, source_address")) {
            bindPacketFilter(statement, query);
            List<NodeSummary> nodes = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    nodes.add(new NodeSummary(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                            row.getLong(5), row.getDouble(6), row.getInt(7)));
                }
            }
            return nodes;
        }
    }

    static List<RequestExchange> requests(Connection connection, HistoryQuery query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT q.gateway_id, q.request_id, "
                + "q.sink_id, q.command, q.message_json, q.received_at_ms, r.sink_id, r.command, r.result, "
                + "r.message_json, r.received_at_ms FROM requests q LEFT JOIN responses r "
                + "ON r.gateway_id = q.gateway_id AND r.request_id = q.request_id "
                + "WHERE q.received_at_ms >= ? AND q.received_at_ms < ? ORDER BY q.received_at_ms, q.request_id")) {
            statement.setLong(1, query.fromMs());
            statement.setLong(2, query.toMs());
            List<RequestExchange> exchanges = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    RequestRecord request = new RequestRecord(row.getString(1), row.getLong(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getLong(6));
                    Optional<ResponseRecord> response = row.getString(9) == null ? Optional.empty()
                            : Optional.of(new ResponseRecord(request.gatewayId(), request.requestId(),
                                    row.getString(7), row.getString(8), row.getString(9), row.getString(10),
                                    row.getLong(11)));
                    exchanges.add(new RequestExchange(request, response));
                }
            }
            return exchanges;
        }
    }

    private static String packetFilter(HistoryQuery query) {
        return "rx_time_ms >= ? AND rx_time_ms < ?" + (query.node().isPresent() ? " AND source_address = ?" : "")
                + (query.endpoints().isPresent() ? " AND source_endpoint = ? AND destination_endpoint = ?" : "");
    }

    private static void bindPacketFilter(PreparedStatement statement, HistoryQuery query) throws SQLException {
        int index = 1;
        statement.setLong(index++, query.fromMs());
        statement.setLong(index++, query.toMs());
        if (query.node().isPresent()) {
            statement.setLong(index++, query.node().getAsLong());
        }
        if (query.endpoints().isPresent()) {
            statement.setInt(index++, query.endpoints().get().source());
            statement.setInt(index, query.endpoints().get().destination());
        }
    }

    private static PacketRecord packet(ResultSet row) throws SQLException {
        long hopCount = row.getLong(11);
        OptionalLong hops = row.wasNull() ? OptionalLong.empty() : OptionalLong.of(hopCount);
        byte[] payload = row.getBytes(13);
        return new PacketRecord(row.getString(1), row.getLong(2), row.getString(3), row.getLong(4), row.getLong(5),
                row.getLong(6), row.getInt(7), row.getInt(8), row.getLong(9), row.getLong(10), hops, row.getInt(12),
                Optional.ofNullable(payload).map(Bytes::of), row.getLong(14), Optional.ofNullable(row.getString(15)),
                Optional.ofNullable(row.getString(16)), Optional.ofNullable(row.getString(17)), row.getLong(18));
    }
}
