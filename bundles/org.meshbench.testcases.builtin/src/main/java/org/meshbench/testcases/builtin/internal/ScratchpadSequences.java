package org.meshbench.testcases.builtin.internal;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.meshbench.network.ScratchpadStatusReport;
import org.meshbench.network.SinkRef;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.testcases.TestChecks;

/**
 * Nodes take a scratchpad by its sequence number: two different images under one number, or a new
 * image under a number nodes already have, would not spread as intended.
 */
final class ScratchpadSequences {

    private final TestChecks checks;

    ScratchpadSequences(TestChecks checks) {
        this.checks = checks;
    }

    void check(Map<SinkRef, ScratchpadStatusReport> statuses, Optional<Long> planned) {
        Map<Long, Map<SinkRef, ScratchpadInfo>> storedBySequence = new TreeMap<>();
        statuses.forEach((sink, status) -> status.stored().ifPresent(info -> storedBySequence
                .computeIfAbsent(info.seq(), seq -> new TreeMap<>()).put(sink, info)));
        storedBySequence.forEach((seq, infos) -> checks.expect(infos.values().stream()
                .map(info -> info.crc() + "/" + info.len()).distinct().count() == 1,
                "sequence " + seq + " names different scratchpads: " + infos.entrySet().stream()
                        .map(entry -> entry.getKey() + " crc 0x" + Long.toHexString(entry.getValue().crc()) + " "
                                + entry.getValue().len() + " bytes")
                        .collect(Collectors.joining(", "))));
        planned.ifPresent(seq -> statuses.forEach((sink, status) -> {
            checks.expect(status.stored().filter(info -> info.seq() == seq).isEmpty(),
                    "sequence " + seq + " is already stored on " + sink + "; nodes would not take the new image");
            checks.expect(status.processed().filter(info -> info.seq() == seq).isEmpty(),
                    "sequence " + seq + " is the running firmware's on " + sink + "; nodes would not take the new image");
        }));
    }
}
