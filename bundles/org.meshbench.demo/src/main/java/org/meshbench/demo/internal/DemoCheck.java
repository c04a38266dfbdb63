package org.meshbench.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meshbench.ui.internal.network.DisplayedRow;

/** Decides from the rows the Network view draws whether it shows the simulated gateways online with their sinks. */
public final class DemoCheck {

    private static final int GATEWAY_DEPTH = 1;
    private static final int SINK_DEPTH = 2;

    private DemoCheck() {
    }

    /**
     * @param rows            the rows drawn, depth first
     * @param gatewayIds      the gateways that must be shown
     * @param sinksPerGateway how many sinks each must show, over all its networks
     * @return for example {@code sim-gw-0 ONLINE with 2 sinks, sim-gw-1 ONLINE with 2 sinks} if every gateway is
     *         shown online with its sinks, else empty
     */
    public static Optional<String> showsOnline(List<DisplayedRow> rows, List<String> gatewayIds, int sinksPerGateway) {
        List<String> shown = new ArrayList<>();
        for (String gatewayId : gatewayIds) {
            int sinks = 0;
            String current = null;
            for (DisplayedRow row : rows) {
                if (row.depth() <= GATEWAY_DEPTH) {
                    current = row.depth() == GATEWAY_DEPTH && row.name().equals(gatewayId) ? row.state() : null;
                } else if (row.depth() == SINK_DEPTH && "ONLINE".equals(current)) {
                    sinks++;
                }
            }
            if (sinks != sinksPerGateway) {
                return Optional.empty();
            }
            shown.add(gatewayId + " ONLINE with " + sinks + " sinks");
        }
        return Optional.of(String.join(", ", shown));
    }
}
