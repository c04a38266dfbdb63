package org.meshbench.simulator.internal.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.MessageIdGenerator;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.message.EventHeader;
import org.meshbench.protocol.message.GetConfigsResponse;
import org.meshbench.protocol.message.SetConfigResponse;
import org.meshbench.protocol.message.StatusEvent;
import org.meshbench.protocol.topic.ResponseTopic;
import org.meshbench.protocol.value.OnOffState;
import org.meshbench.protocol.value.ResultCode;
import org.meshbench.protocol.value.SinkReadConfig;
import org.meshbench.simulator.Publication;
import org.meshbench.simulator.internal.request.GatewayIdentity;
import org.meshbench.simulator.internal.request.RequestContext;

/**
 * The gateway's status, as the official status thread keeps it: ONLINE (retained) whenever asked,
 * and after a change of any sink configuration a new ONLINE, then for backward compatibility an
 * unsolicited get_configs response and one unsolicited set_config response per changed sink (request
 * id 0). The OFFLINE last will is built once, so its event id never changes. Not thread-safe.
 */
final class StatusTracker {

    private final RequestContext context;
    private final MessageIdGenerator eventIds;
    private final Publication will;
    private List<SinkReadConfig> published;

    StatusTracker(RequestContext context, MessageIdGenerator eventIds) {
        this.context = context;
        this.eventIds = eventIds;
        GatewayIdentity identity = context.identity();
        this.will = Publications.will(new StatusEvent(header(), StatusEvent.CURRENT_VERSION, OnOffState.OFF,
                List.of(), Optional.of(identity.model()), Optional.of(identity.version()), OptionalLong.empty(),
                List.of()));
        this.published = context.configs();
    }

    /** @return the OFFLINE status, the gateway's last will */
    Publication will() {
        return will;
    }

    /** @return a fresh ONLINE status with every sink configuration */
    Publication online() {
        published = context.configs();
        return onlineStatus(published);
    }

    /** @return nothing when no configuration changed since the last status, else the status update */
    List<Publication> changes() {
        List<SinkReadConfig> current = context.configs();
        if (current.equals(published)) {
            return List.of();
        }
        List<Publication> update = new ArrayList<>();
        update.add(onlineStatus(current));
        String gatewayId = context.identity().gatewayId();
        update.add(Publications.response(ResponseTopic.of(Command.GET_CONFIGS, gatewayId),
                new GetConfigsResponse(context.header(0, Optional.empty(), ResultCode.OK), current)));
        for (SinkReadConfig config : current) {
            if (!published.contains(config)) {
                update.add(Publications.response(ResponseTopic.of(Command.SET_CONFIG, gatewayId, config.sinkId()),
                        new SetConfigResponse(context.header(0, Optional.of(config.sinkId()), ResultCode.OK), config)));
            }
        }
        published = current;
        return update;
    }

    private Publication onlineStatus(List<SinkReadConfig> configs) {
        GatewayIdentity identity = context.identity();
        return Publications.status(new StatusEvent(header(), StatusEvent.CURRENT_VERSION, OnOffState.ON, configs,
                Optional.of(identity.model()), Optional.of(identity.version()),
                OptionalLong.of(identity.maxScratchpadSize()), GatewayIdentity.FEATURES));
    }

    private EventHeader header() {
        return new EventHeader(context.identity().gatewayId(), Optional.empty(), eventIds.nextEventId(),
                OptionalLong.of(context.now().toEpochMilli()));
    }
}
