package org.meshbench.simulator.internal.sink;

import java.util.ArrayList;
import java.util.List;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.SinkNewConfig;

/**
 * Writes a new configuration into a sink, field by field in the official gateway's order: node
 * address, role, network address, channel, channel map, legacy keys, access cycle range, app
 * config, network keys, management keys, and last the started state. Officially each valid field is
 * written and the last error is reported; in strict mode nothing is written unless every field is
 * valid, and the first error is reported. Stateless apart from its mode.
 */
public final class SinkConfigWriter {

    /** One field: its check result and how to write it. */
    private record FieldWrite(ResultCode check, Runnable write) {
    }

    private final boolean strict;

    /** @param strict whether to check the configuration as a whole before writing anything */
    public SinkConfigWriter(boolean strict) {
        this.strict = strict;
    }

    /**
     * @param config the fields to change
     * @param sink   the sink's state
     * @return the result code for the response
     */
    public ResultCode write(SinkNewConfig config, SinkState sink) {
        List<FieldWrite> writes = fieldWrites(config, sink);
        if (strict) {
            for (FieldWrite field : writes) {
                if (!field.check().isOk()) {
                    return field.check();
                }
            }
        }
        ResultCode last = ResultCode.OK;
        for (FieldWrite field : writes) {
            if (field.check().isOk()) {
                field.write().run();
            } else {
                last = field.check();
            }
        }
        return last;
    }

    private List<FieldWrite> fieldWrites(SinkNewConfig config, SinkState sink) {
        List<FieldWrite> writes = new ArrayList<>();
        config.nodeAddress().ifPresent(value -> writes.add(
                new FieldWrite(ResultCode.OK, () -> sink.nodeAddress(value))));
        config.nodeRole().ifPresent(value -> writes.add(
                new FieldWrite(SinkConfigChecks.role(value, strict), () -> sink.role(value))));
        config.networkAddress().ifPresent(value -> writes.add(
                new FieldWrite(SinkConfigChecks.networkAddress(value), () -> sink.networkAddress(value))));
        config.networkChannel().ifPresent(value -> writes.add(
                new FieldWrite(SinkConfigChecks.networkChannel(value), () -> sink.networkChannel(value))));
        config.channelMap().ifPresent(value -> writes.add(new FieldWrite(ResultCode.OK, () -> sink.channelMap(value))));
        config.keys().ifPresent(value -> writes.add(
                new FieldWrite(SinkConfigChecks.keys(value), () -> sink.keysSet(true))));
        config.currentAcRange().ifPresent(value -> writes.add(
                new FieldWrite(SinkConfigChecks.accessCycleRange(value), () -> sink.accessCycleRange(value))));
        config.appConfig().ifPresent(value -> writes.add(
                new FieldWrite(SinkConfigChecks.appConfig(value), () -> sink.appConfig(value))));
        config.networkKeys().ifPresent(value -> writes.add(
                new FieldWrite(SinkConfigChecks.keys(value), () -> sink.keysSet(true))));
        // Management keys are write-only: nothing in the read-back configuration reflects them.
        config.managementKeys().ifPresent(value -> writes.add(new FieldWrite(SinkConfigChecks.keys(value), () -> { })));
        config.sinkState().ifPresent(value -> writes.add(
                new FieldWrite(SinkConfigChecks.sinkState(value), () -> sink.state(value))));
        return writes;
    }
}
