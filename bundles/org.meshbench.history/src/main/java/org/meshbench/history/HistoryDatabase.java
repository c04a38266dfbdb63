package org.meshbench.history;

import java.util.List;
import org.meshbench.history.internal.JdbcHistoryDatabase;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A history database: an embedded SQLite file or a PostgreSQL database, its schema migrated forward to
 * {@link #SCHEMA_VERSION} when opened. The tables are described in the bundle's {@code SCHEMA.md}.
 *
 * <p>Thread-safety: methods may be called from any thread; they run one at a time on one connection, which
 * is opened again after the database went away.
 *
 * @since 0.1
 */
@ProviderType
public interface HistoryDatabase extends AutoCloseable {

    /** The schema version this code writes and reads. */
    int SCHEMA_VERSION = 1;

    /**
     * Opens a database, creating or migrating its schema.
     *
     * @param target a {@code jdbc:postgresql://…} URL, or the path of a SQLite file (created if missing)
     * @return the open database
     * @throws HistoryException if it cannot be opened, or its schema is newer than this code
     */
    static HistoryDatabase open(String target) throws HistoryException {
        return JdbcHistoryDatabase.open(target);
    }

    /** @return the database as given to {@link #open}, without a password */
    String target();

    /**
     * Stores records in one transaction; records whose key is stored already are skipped.
     *
     * @param records the records, of any kind
     * @return how many were stored and how many were there already
     * @throws HistoryException if the transaction failed; nothing of it is stored then
     */
    WriteResult write(List<? extends HistoryRecord> records) throws HistoryException;

    /**
     * @param query which packets
     * @return the packets, by reception time at the sink
     * @throws HistoryException if the database cannot be read
     */
    List<PacketRecord> packets(HistoryQuery query) throws HistoryException;

    /**
     * @param query which packets to summarize
     * @return one summary per sending node, by network and node address
     * @throws HistoryException if the database cannot be read
     */
    List<NodeSummary> nodes(HistoryQuery query) throws HistoryException;

    /**
     * @param query the time range (node and endpoints do not apply to requests)
     * @return the requests with their responses, by reception time
     * @throws HistoryException if the database cannot be read
     */
    List<RequestExchange> requests(HistoryQuery query) throws HistoryException;

    /** Closes the connection. */
    @Override
    void close();
}
