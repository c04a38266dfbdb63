package org.meshbench.network.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.meshbench.network.NetworkClientOptions;
import org.meshbench.network.ReceivedPacket;
import org.meshbench.network.internal.dispatch.ClientRuntime;
import org.meshbench.network.internal.dispatch.ListenerSet;
import org.meshbench.network.internal.inbound.DataHandler;
import org.meshbench.network.internal.inbound.DownlinkSniffer;
import org.meshbench.network.internal.inbound.DownlinkTracker;
import org.meshbench.network.internal.inbound.DuplicateFilter;
import org.meshbench.network.internal.inbound.ResponseHandler;
import org.meshbench.network.internal.inbound.StatusHandler;
import org.meshbench.network.internal.model.GatewayModel;
import org.meshbench.network.internal.nodes.NodeStore;
import org.meshbench.network.internal.requests.RequestSender;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.topic.TopicFilterBuilder;
import org.meshbench.transport.mqtt.DeliveryMode;
import org.meshbench.transport.mqtt.MqttTransport;

/**
 * The client's subscriptions and their handlers. Statuses and responses are needed by every
 * instance; received data may be shared within the transport's shared-subscription group.
 * Responses are taken at QoS 2, as gateways send them. Received data, by far the busiest
 * subscription, is handled directly on the MQTT client's thread: its handler only updates memory
 * and queues, and a thread hand-off per packet cost more than the handler itself. The other
 * handlers stay queued: the status handler may publish (it fetches configs), and none of them is
 * busy enough to matter.
 */
final class Subscriptions {
    private static final System.Logger LOG = System.getLogger(Subscriptions.class.getName());
    private static final int EVENT_QOS = 1;
    private static final int RESPONSE_QOS = 2;

    private final MqttTransport transport;
    private final NetworkClientOptions options;
    private final ClientRuntime runtime;
    private volatile boolean closing;

    Subscriptions(MqttTransport transport, NetworkClientOptions options, ClientRuntime runtime) {
        this.transport = transport;
        this.options = options;
        this.runtime = runtime;
    }

    // Arguments are the parts the handlers feed; the client keeps them for its queries.
    void register(GatewayModel model, NodeStore nodes, ListenerSet<ReceivedPacket> dataListeners,
            DownlinkTracker downlinks, RequestSender sender, Consumer<String> configFetcher) {
        String status = TopicFilterBuilder.status().build().text();
        watch(status, transport.subscribe(status, EVENT_QOS, new StatusHandler(runtime, model, configFetcher)));
        String responses = TopicFilterBuilder.responses().build().text();
        watch(responses, transport.subscribe(responses, RESPONSE_QOS,
                new ResponseHandler(runtime, model, downlinks, sender)));
        if (options.receiveData()) {
            String data = TopicFilterBuilder.receivedData().build().text();
            DuplicateFilter duplicates = new DuplicateFilter(options.duplicateWindow(), DuplicateFilter.DEFAULT_MAX_AGE,
                    System::nanoTime);
            watch(data, transport.subscribeShareable(data, EVENT_QOS,
                    new DataHandler(runtime, duplicates, nodes, dataListeners), DeliveryMode.DIRECT));
        }
        if (options.sniffDownlinks()) {
            String requests = TopicFilterBuilder.requests().command(Command.SEND_DATA).build().text();
            watch(requests, transport.subscribe(requests, EVENT_QOS, new DownlinkSniffer(runtime, downlinks)));
        }
    }

    /** Marks the client as closing, so that subscriptions failing from now on are expected. */
    void closing() {
        closing = true;
    }

    private void watch(String filter, CompletableFuture<Void> subscription) {
        subscription.whenComplete((ignored, failure) -> {
            if (failure != null) {
                // Closing a client that never connected fails its subscriptions; that is no news.
                LOG.log(closing ? System.Logger.Level.DEBUG : System.Logger.Level.WARNING,
                        "subscription to " + filter + " failed: " + failure);
            }
        });
    }
}
