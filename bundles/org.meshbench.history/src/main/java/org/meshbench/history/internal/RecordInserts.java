package org.meshbench.history.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.meshbench.history.HistoryRecord;
import org.meshbench.history.PacketRecord;
import org.meshbench.history.RequestRecord;
import org.meshbench.history.ResponseRecord;
import org.meshbench.history.StatusRecord;
import org.meshbench.history.WriteResult;

/**
 * Adds records to the tables in JDBC batches, one statement per table. {@code ON CONFLICT DO NOTHING}
 * (the same words in SQLite and PostgreSQL) skips a record whose key is stored already, which is what makes
 * re-deliveries and several writers store each message once.
 */
final class RecordInserts {

    private static final String PACKET = insert("packets", "gateway_id, event_id, sink_id, network_address, "
            + "source_address, destination_address, source_endpoint, destination_endpoint, rx_time_ms, travel_time_ms, "
            + "hop_count, qos, payload, payload_size, decoder, summary, fields_json, received_at_ms", 18);
    private static final String STATUS = insert("statuses",
            "gateway_id, event_id, time_ms, state, message_json, received_at_ms", 6);
    private static final String REQUEST = insert("requests",
            "gateway_id, request_id, sink_id, command, message_json, received_at_ms", 6);
    private static final String RESPONSE = insert("responses",
            "gateway_id, request_id, sink_id, command, result, message_json, received_at_ms", 7);

    private RecordInserts() {
    }

    private static String insert(String table, String columns, int count) {
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(count - 1)
                + "?) ON CONFLICT DO NOTHING";
    }

    /**
     * Adds the records; the caller commits.
     *
     * @param connection a connection in a transaction
     * @param records the records
     * @return what was stored
     * @throws SQLException if a statement fails
     */
    static WriteResult insert(Connection connection, List<? extends HistoryRecord> records) throws SQLException {
        try (PreparedStatement packets = connection.prepareStatement(PACKET);
                PreparedStatement statuses = connection.prepareStatement(STATUS);
                PreparedStatement requests = connection.prepareStatement(REQUEST);
                PreparedStatement responses = connection.prepareStatement(RESPONSE)) {
            for (HistoryRecord record : records) {
                switch (record) {
                    case PacketRecord packet -> bind(packets, packet);
                    case StatusRecord status -> bind(statuses, status);
                    case RequestRecord request -> bind(requests, request);
                    case ResponseRecord response -> bind(responses, response);
                }
            }
            int stored = stored(packets) + stored(statuses) + stored(requests) + stored(responses);
            return new WriteResult(stored, records.size() - stored);
        }
    }

    private static int stored(PreparedStatement statement) throws SQLException {
        int stored = 0;
        for (int count : statement.executeBatch()) {
            stored += count == Statement.SUCCESS_NO_INFO ? 1 : count;
        }
        return stored;
    }

    private static void bind(PreparedStatement statement, PacketRecord packet) throws SQLException {
        statement.setString(1, packet.gatewayId());
        statement.setLong(2, packet.eventId());
        statement.setString(3, packet.sinkId());
        statement.setLong(4, packet.networkAddress());
        statement.setLong(5, packet.sourceAddress());
        statement.setLong(6, packet.destinationAddress());
        statement.setInt(7, packet.sourceEndpoint());
        statement.setInt(8, packet.destinationEndpoint());
        statement.setLong(9, packet.rxTimeMs());
        statement.setLong(10, packet.travelTimeMs());
        if (packet.hopCount().isPresent()) {
            statement.setLong(11, packet.hopCount().getAsLong());
        } else {
            statement.setNull(11, Types.INTEGER);
        }
        statement.setInt(12, packet.qos());
        statement.setBytes(13, packet.payload().map(bytes -> bytes.toByteArray()).orElse(null));
        statement.setLong(14, packet.payloadSize());
        statement.setString(15, packet.decoderId().orElse(null));
        statement.setString(16, packet.summary().orElse(null));
        statement.setString(17, packet.fieldsJson().orElse(null));
        statement.setLong(18, packet.receivedAtMs());
        statement.addBatch();
    }

    private static void bind(PreparedStatement statement, StatusRecord status) throws SQLException {
        statement.setString(1, status.gatewayId());
        statement.setLong(2, status.eventId());
        statement.setLong(3, status.timeMs());
        statement.setString(4, status.state());
        statement.setString(5, status.messageJson());
        statement.setLong(6, status.receivedAtMs());
        statement.addBatch();
    }

    private static void bind(PreparedStatement statement, RequestRecord request) throws SQLException {
        statement.setString(1, request.gatewayId());
        statement.setLong(2, request.requestId());
        statement.setString(3, request.sinkId());
        statement.setString(4, request.command());
        statement.setString(5, request.messageJson());
        statement.setLong(6, request.receivedAtMs());
        statement.addBatch();
    }

    private static void bind(PreparedStatement statement, ResponseRecord response) throws SQLException {
        statement.setString(1, response.gatewayId());
        statement.setLong(2, response.requestId());
        statement.setString(3, response.sinkId());
        statement.setString(4, response.command());
        statement.setString(5, response.result());
        statement.setString(6, response.messageJson());
        statement.setLong(7, response.receivedAtMs());
        statement.addBatch();
    }
}
