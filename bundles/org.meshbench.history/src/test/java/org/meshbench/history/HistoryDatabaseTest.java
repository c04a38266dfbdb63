package org.meshbench.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meshbench.mesh.EndpointPair;
import org.meshbench.history.internal.TrafficRecords;
import org.meshbench.protocol.EncodedMessage;

/** The embedded SQLite database: schema, writes that skip known keys, and queries. */
class HistoryDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aRecordIsStoredOnceHoweverOftenItIsWritten() throws Exception {
        try (HistoryDatabase database = HistoryDatabase.open(dir.resolve("h.db").toString())) {
            List<HistoryRecord> records = records(TrafficMessages.packet("gw1", 1), TrafficMessages.packet("gw1", 2),
                    TrafficMessages.packet("gw2", 1), TrafficMessages.packet("gw1", 1));

            assertEquals(new WriteResult(3, 1), database.write(records));
            assertEquals(new WriteResult(0, 4), database.write(records));
            assertEquals(3, database.packets(HistoryQuery.all()).size());
        }
    }

    @Test
    void packetsComeBackWithEveryColumn() throws Exception {
        try (HistoryDatabase database = HistoryDatabase.open(dir.resolve("h.db").toString())) {
            database.write(records(TrafficMessages.packet("gw1", 7)));

            PacketRecord packet = database.packets(HistoryQuery.all()).get(0);
            assertEquals("gw1", packet.gatewayId());
            assertEquals(7, packet.eventId());
            assertEquals("sink0", packet.sinkId());
            assertEquals(0x123456, packet.networkAddress());
            assertEquals(42, packet.sourceAddress());
            assertEquals(EndpointPair.of(1, 2), EndpointPair.of(packet.sourceEndpoint(), packet.destinationEndpoint()));
            assertEquals(TrafficMessages.RX_TIME + 7, packet.rxTimeMs());
            assertEquals(30, packet.travelTimeMs());
            assertEquals(OptionalLong.of(3), packet.hopCount());
            assertEquals("0102", packet.payload().orElseThrow().toHex());
            assertEquals(2, packet.payloadSize());
            assertEquals(Optional.empty(), packet.decoderId());
        }
    }

    @Test
    void queriesFilterByTimeNodeAndEndpoints() throws Exception {
        try (HistoryDatabase database = HistoryDatabase.open(dir.resolve("h.db").toString())) {
            database.write(records(TrafficMessages.packet("gw1", 1), TrafficMessages.packet("gw1", 2),
                    TrafficMessages.packet("gw1", 3)));
            HistoryQuery middle = new HistoryQuery(Optional.of(Instant.ofEpochMilli(TrafficMessages.RX_TIME + 2)),
                    Optional.of(Instant.ofEpochMilli(TrafficMessages.RX_TIME + 3)), OptionalLong.of(42),
                    Optional.of(EndpointPair.of(1, 2)));
            HistoryQuery otherNode = new HistoryQuery(Optional.empty(), Optional.empty(), OptionalLong.of(43),
                    Optional.empty());

            assertEquals(List.of(2L), database.packets(middle).stream().map(PacketRecord::eventId).toList());
            assertEquals(List.of(), database.packets(otherNode));
            NodeSummary node = database.nodes(HistoryQuery.all()).get(0);
            assertEquals(new NodeSummary(0x123456, 42, 3, TrafficMessages.RX_TIME + 1, TrafficMessages.RX_TIME + 3,
                    30.0, 3), node);
        }
    }

    @Test
    void requestsComeWithTheirResponses() throws Exception {
        try (HistoryDatabase database = HistoryDatabase.open(dir.resolve("h.db").toString())) {
            database.write(records(TrafficMessages.request("gw1", 5), TrafficMessages.response("gw1", 5),
                    TrafficMessages.request("gw1", 6), TrafficMessages.status("gw1", 9)));

            List<RequestExchange> exchanges = database.requests(HistoryQuery.all());
            assertEquals(2, exchanges.size());
            RequestExchange answered = exchanges.stream().filter(e -> e.request().requestId() == 5).findFirst()
                    .orElseThrow();
            assertEquals("send_data", answered.request().command());
            assertEquals("OK", answered.response().orElseThrow().result());
            assertTrue(exchanges.stream().anyMatch(e -> e.request().requestId() == 6 && e.response().isEmpty()));
        }
    }

    @Test
    void reopeningKeepsTheDataAndANewerSchemaIsRefused() throws Exception {
        Path file = dir.resolve("h.db");
        try (HistoryDatabase database = HistoryDatabase.open(file.toString())) {
            database.write(records(TrafficMessages.packet("gw1", 1)));
        }
        try (HistoryDatabase database = HistoryDatabase.open(file.toString())) {
            assertEquals(1, database.packets(HistoryQuery.all()).size());
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE schema_version SET version = " + (HistoryDatabase.SCHEMA_VERSION + 1));
        }
        HistoryException refused = assertThrows(HistoryException.class, () -> HistoryDatabase.open(file.toString()));
        assertTrue(refused.getMessage().contains("newer"), refused.getMessage());
    }

    static List<HistoryRecord> records(EncodedMessage... messages) throws Exception {
        TrafficRecords traffic = new TrafficRecords(PacketDecoding.NONE);
        List<HistoryRecord> records = new ArrayList<>();
        for (EncodedMessage message : messages) {
            records.add(traffic.of(message.topic(), message.payload().toByteArray(), TrafficMessages.RX_TIME)
                    .orElseThrow());
        }
        return records;
    }
}
