package org.meshbench.simulator.internal.request;

import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.message.GetScratchpadStatusRequest;
import org.meshbench.protocol.message.GetScratchpadStatusResponse;
import org.meshbench.protocol.message.ProcessScratchpadRequest;
import org.meshbench.protocol.message.ProcessScratchpadResponse;
import org.meshbench.protocol.message.Response;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionRequest;
import org.meshbench.protocol.message.SetScratchpadTargetAndActionResponse;
import org.meshbench.protocol.message.UploadScratchpadRequest;
import org.meshbench.protocol.message.UploadScratchpadResponse;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.TargetScratchpadAndAction;
import org.meshbench.simulator.internal.node.NetworkOtap;
import org.meshbench.simulator.internal.sink.ScratchpadStore;
import org.meshbench.simulator.internal.sink.ScratchpadUploader;
import org.meshbench.simulator.internal.sink.SimSink;

/** otap_status, otap_load_scratchpad, otap_process_scratchpad and otap_set_target_scratchpad. */
final class OtapRequests {

    private final RequestContext context;
    private final ScratchpadUploader uploader;

    OtapRequests(RequestContext context) {
        this.context = context;
        this.uploader = new ScratchpadUploader(context.identity().maxScratchpadSize(), context.strict());
    }

    Response status(GetScratchpadStatusRequest request, SimSink sink) {
        ScratchpadStore store = sink.scratchpad();
        return new GetScratchpadStatusResponse(context.header(request, sink, ResultCode.OK),
                Optional.of(store.storedInfo()), Optional.of(store.status()), Optional.of(store.type()),
                Optional.of(store.processed()), OptionalLong.of(NetworkOtap.FIRMWARE_AREA_ID),
                Optional.of(store.target()));
    }

    Response upload(UploadScratchpadRequest request, SimSink sink) {
        return new UploadScratchpadResponse(context.header(request, sink, uploader.upload(sink.scratchpad(), request)));
    }

    /** The sink reboots into the new firmware after the reboot delay. */
    Response process(ProcessScratchpadRequest request, SimSink sink) {
        ResultCode result = sink.scratchpad().markForProcessing(context.now().plus(context.rebootDelay()));
        return new ProcessScratchpadResponse(context.header(request, sink, result));
    }

    /** The sink keeps the target and its nodes act on it (see {@link NetworkOtap}). */
    Response setTarget(SetScratchpadTargetAndActionRequest request, SimSink sink) {
        TargetScratchpadAndAction target = request.targetAndAction();
        ResultCode result = TargetChecks.check(target, context.strict());
        if (result.isOk()) {
            sink.scratchpad().target(target);
            sink.network().otap().setTarget(target, sink.scratchpad().stored(), context.now(), context.rebootDelay());
        }
        return new SetScratchpadTargetAndActionResponse(context.header(request, sink, result));
    }
}
