package org.meshbench.provisioning.ui.internal.model;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.meshbench.provisioning.server.DropReason;

/** The view's line of dropped packets, e.g. {@code Dropped packets: TRUNCATED 2 · REPLAYED 1}. */
public final class DropsText {

    private DropsText() {
    }

    /**
     * @param drops how many packets the server dropped, per reason
     * @return the line, reasons in their declared order
     */
    public static String of(Map<DropReason, Long> drops) {
        String counts = Arrays.stream(DropReason.values()).filter(drops::containsKey)
                .map(reason -> reason.name() + " " + drops.get(reason)).collect(Collectors.joining(" · "));
        return "Dropped packets: " + (counts.isEmpty() ? "none" : counts);
    }
}
