package org.meshbench.history.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;

/**
 * The schema's versions, each a list of statements that takes the previous version to it. Versions only
 * ever get added at the end: a database is migrated forward in one transaction, and one whose
 * version is newer than this code knows is refused rather than misread. Documented in SCHEMA.md.
 */
final class Schema {

    /** Version 1: packets, statuses, requests and responses, each with its unique key. */
    private static final Function<Dialect, List<String>> VERSION_1 = dialect -> List.of("""
            CREATE TABLE packets (
                gateway_id TEXT NOT NULL,
                event_id BIGINT NOT NULL,
                sink_id TEXT NOT NULL,
                network_address BIGINT NOT NULL,
                source_address BIGINT NOT NULL,
                destination_address BIGINT NOT NULL,
                source_endpoint INTEGER NOT NULL,
                destination_endpoint INTEGER NOT NULL,
                rx_time_ms BIGINT NOT NULL,
                travel_time_ms BIGINT NOT NULL,
                hop_count INTEGER,
                qos INTEGER NOT NULL,
                payload %s,
                payload_size BIGINT NOT NULL,
                decoder TEXT,
                summary TEXT,
                fields_json TEXT,
                received_at_ms BIGINT NOT NULL,
                PRIMARY KEY (gateway_id, event_id))""".formatted(dialect.binaryType()),
            "CREATE INDEX packets_by_time ON packets (rx_time_ms)",
            "CREATE INDEX packets_by_node ON packets (source_address, rx_time_ms)",
            """
            CREATE TABLE statuses (
                gateway_id TEXT NOT NULL,
                event_id BIGINT NOT NULL,
                time_ms BIGINT NOT NULL,
                state TEXT NOT NULL,
                message_json TEXT NOT NULL,
                received_at_ms BIGINT NOT NULL,
                PRIMARY KEY (gateway_id, event_id))""",
            """
            CREATE TABLE requests (
                gateway_id TEXT NOT NULL,
                request_id BIGINT NOT NULL,
                sink_id TEXT NOT NULL,
                command TEXT NOT NULL,
                message_json TEXT NOT NULL,
                received_at_ms BIGINT NOT NULL,
                PRIMARY KEY (gateway_id, request_id))""",
            "CREATE INDEX requests_by_time ON requests (received_at_ms)",
            """
            CREATE TABLE responses (
                gateway_id TEXT NOT NULL,
                request_id BIGINT NOT NULL,
                sink_id TEXT NOT NULL,
                command TEXT NOT NULL,
                result TEXT NOT NULL,
                message_json TEXT NOT NULL,
                received_at_ms BIGINT NOT NULL,
                PRIMARY KEY (gateway_id, request_id))""");

    /** Index i takes version i to version i + 1. */
    private static final List<Function<Dialect, List<String>>> MIGRATIONS = List.of(VERSION_1);

    private Schema() {
    }

    /** @return the newest version */
    static int latest() {
        return MIGRATIONS.size();
    }

    /**
     * Brings the schema to the latest version.
     *
     * @param connection an auto-commit connection
     * @param dialect its engine
     * @return the version found before migrating, 0 for a new database
     * @throws SQLException if a migration fails (that version's changes are rolled back)
     * @throws IllegalStateException if the database is newer than this code
     */
    static int migrate(Connection connection, Dialect dialect) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            dialect.lockForMigration(statement);
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            int found = version(statement);
            if (found > latest()) {
                throw new IllegalStateException("the database has schema version " + found
                        + ", newer than the " + latest() + " this Meshbench knows; use a newer Meshbench");
            }
            for (int version = found; version < latest(); version++) {
                for (String sql : MIGRATIONS.get(version).apply(dialect)) {
                    statement.execute(sql);
                }
                statement.execute("DELETE FROM schema_version");
                statement.execute("INSERT INTO schema_version (version) VALUES (" + (version + 1) + ")");
            }
            connection.commit();
            return found;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static int version(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT max(version) FROM schema_version")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }
}
