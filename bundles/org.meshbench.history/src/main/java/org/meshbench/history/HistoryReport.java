package org.meshbench.history;

import java.io.PrintStream;
import java.util.List;
import org.meshbench.history.internal.ReportRows;
import org.meshbench.history.internal.ReportWriter;

/**
 * Prints query results as text, CSV or JSON. Times are ISO-8601 UTC, addresses and ids decimal (unsigned),
 * payloads hex. Stateless.
 *
 * @since 0.1
 */
public final class HistoryReport {

    private HistoryReport() {
    }

    /**
     * @param packets the packets
     * @param format how to print them
     * @param out where to
     */
    public static void packets(List<PacketRecord> packets, HistoryFormat format, PrintStream out) {
        ReportWriter.write(ReportRows.packets(packets), format, out);
    }

    /**
     * @param nodes the node summaries
     * @param format how to print them
     * @param out where to
     */
    public static void nodes(List<NodeSummary> nodes, HistoryFormat format, PrintStream out) {
        ReportWriter.write(ReportRows.nodes(nodes), format, out);
    }

    /**
     * @param exchanges the requests with their responses
     * @param format how to print them
     * @param out where to
     */
    public static void requests(List<RequestExchange> exchanges, HistoryFormat format, PrintStream out) {
        ReportWriter.write(ReportRows.requests(exchanges), format, out);
    }
}
