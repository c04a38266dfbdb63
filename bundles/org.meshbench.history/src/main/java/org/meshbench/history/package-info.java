/**
 * Traffic history: received packets, gateway statuses and requests with their responses, stored in an
 * embedded SQLite file or in PostgreSQL ({@link org.meshbench.history.HistoryDatabase}), written in
 * batches by a {@link org.meshbench.history.HistoryRecorder} and read back with a
 * {@link org.meshbench.history.HistoryQuery}.
 *
 * @since 0.1
 */
package org.meshbench.history;
