package org.meshbench.history.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.meshbench.history.HistoryDatabase;
import org.meshbench.history.HistoryException;
import org.meshbench.history.HistoryQuery;
import org.meshbench.history.HistoryRecord;
import org.meshbench.history.NodeSummary;
import org.meshbench.history.PacketRecord;
import org.meshbench.history.RequestExchange;
import org.meshbench.history.WriteResult;

/**
 * {@link HistoryDatabase} over one JDBC connection. A failed operation drops the connection, so that the
 * next one connects again: a database that restarted is used again without restarting Meshbench.
 */
public final class JdbcHistoryDatabase implements HistoryDatabase {

    private final String target;
    private final Dialect dialect;
    private Connection connection;

    private JdbcHistoryDatabase(String target, Dialect dialect, Connection connection) {
        this.target = target;
        this.dialect = dialect;
        this.connection = connection;
    }

    /**
     * @param target a PostgreSQL JDBC URL or a SQLite file path
     * @return the database, its schema at the latest version
     * @throws HistoryException if it cannot be opened or migrated
     */
    public static JdbcHistoryDatabase open(String target) throws HistoryException {
        Dialect dialect = Dialect.of(target);
        Connection connection = null;
        try {
            connection = dialect.connect(target);
            Schema.migrate(connection, dialect);
            return new JdbcHistoryDatabase(target, dialect, connection);
        } catch (SQLException | IllegalStateException | java.nio.file.InvalidPathException e) {
            closeQuietly(connection);
            throw new HistoryException("cannot open " + Targets.withoutPassword(target) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String target() {
        return Targets.withoutPassword(target);
    }

    @Override
    public synchronized WriteResult write(List<? extends HistoryRecord> records) throws HistoryException {
        try {
            Connection open = connection();
            open.setAutoCommit(false);
            try {
                WriteResult result = RecordInserts.insert(open, records);
                open.commit();
                open.setAutoCommit(true);
                return result;
            } catch (SQLException e) {
                open.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failed("write to", e);
        }
    }

    @Override
    public List<PacketRecord> packets(HistoryQuery query) throws HistoryException {
        return read("packets", connection -> RecordQueries.packets(connection, query));
    }

    @Override
    public List<NodeSummary> nodes(HistoryQuery query) throws HistoryException {
        return read("nodes", connection -> RecordQueries.nodes(connection, query));
    }

    @Override
    public List<RequestExchange> requests(HistoryQuery query) throws HistoryException {
        return read("requests", connection -> RecordQueries.requests(connection, query));
    }

    /** A query on a connection. */
    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private synchronized <T> T read(String what, Query<T> query) throws HistoryException {
        try {
            return query.run(connection());
        } catch (SQLException e) {
            throw failed("read " + what + " from", e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
        connection = null;
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = dialect.connect(target);
        }
        return connection;
    }

    private HistoryException failed(String what, SQLException e) {
        closeQuietly(connection);
        connection = null;
        return new HistoryException("cannot " + what + " " + target() + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // The connection is broken already; a new one is opened when needed.
        }
    }
}
