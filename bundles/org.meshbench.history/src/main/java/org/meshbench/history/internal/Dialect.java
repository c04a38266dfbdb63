package org.meshbench.history.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * What differs between the two engines: how to connect, column types, and how to keep concurrent
 * migrations apart. Drivers are instantiated directly: inside OSGi, {@link java.sql.DriverManager} does
 * not see drivers in other bundles.
 */
enum Dialect {

    /**
     * The embedded default. WAL journal: readers (a {@code meshbench history} while {@code store} runs)
     * do not block the writer; {@code synchronous=NORMAL} keeps every commit across a killed process.
     */
    SQLITE("BLOB") {
        @Override
        Connection connect(String target) throws SQLException {
            Connection connection = new org.sqlite.JDBC().connect("jdbc:sqlite:" + Path.of(target), new Properties());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 10000");
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = NORMAL");
            }
            return connection;
        }

        @Override
        void lockForMigration(Statement statement) throws SQLException {
            // SQLite lets one writer in at a time; the migration's first write takes that lock.
        }
    },

    /** PostgreSQL; several store instances may write into one database. */
    POSTGRESQL("BYTEA") {
        /** Bounds the wait for a database that stopped answering, so that the recorder can report and retry. */
        private static final String SOCKET_TIMEOUT_SECONDS = "60";

        @Override
        Connection connect(String target) throws SQLException {
            Properties properties = new Properties();
            properties.setProperty("ApplicationName", "meshbench");
            properties.setProperty("connectTimeout", "10");
            properties.setProperty("socketTimeout", SOCKET_TIMEOUT_SECONDS);
            Connection connection = new org.postgresql.Driver().connect(target, properties);
            if (connection == null) {
                throw new SQLException("not a PostgreSQL URL: " + target);
            }
            return connection;
        }

        @Override
        void lockForMigration(Statement statement) throws SQLException {
            // Instances started together would otherwise create the same tables at once.
            statement.execute("SELECT pg_advisory_xact_lock(7458132)");
        }
    };

    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    private final String binaryType;

    Dialect(String binaryType) {
        this.binaryType = binaryType;
    }

    /**
     * @param target a PostgreSQL JDBC URL or a file path
     * @return the dialect it names
     */
    static Dialect of(String target) {
        return target.startsWith(POSTGRESQL_PREFIX) ? POSTGRESQL : SQLITE;
    }

    /** @return the column type of byte strings */
    String binaryType() {
        return binaryType;
    }

    /**
     * @param target the database
     * @return a connection in auto-commit mode
     * @throws SQLException if the database cannot be reached
     */
    abstract Connection connect(String target) throws SQLException;

    /**
     * @param statement a statement in the migration's transaction
     * @throws SQLException if the lock cannot be taken
     */
    abstract void lockForMigration(Statement statement) throws SQLException;
}
