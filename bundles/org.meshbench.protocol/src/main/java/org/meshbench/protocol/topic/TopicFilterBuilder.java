package org.meshbench.protocol.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.meshbench.protocol.message.Command;
import org.meshbench.protocol.value.Uint32;

/**
 * Builds subscription filters for one topic family; every level left unset matches anything.
 * Request and response filters end in {@code #} after the last set level (their depth depends on
 * the command); status and received-data filters use {@code +} for each unset level. Examples:
 * {@code responses().build()} is {@code gw-response/#}, {@code receivedData().network(12345)
 * .sourceEndpoint(10).build()} is {@code gw-event/received_data/+/+/12345/10/+}. Not thread-safe.
 */
public final class TopicFilterBuilder {

    private enum Family {
        REQUEST(TopicLevels.REQUEST),
        RESPONSE(TopicLevels.RESPONSE),
        STATUS(TopicLevels.EVENT + "/" + TopicLevels.STATUS),
        RECEIVED_DATA(TopicLevels.EVENT + "/" + TopicLevels.RECEIVED_DATA);

        private final String prefix;

        Family(String prefix) {
            this.prefix = prefix;
        }
    }

    private final Family family;
    private Command command;
    private String gateway;
    private String sink;
    private String network;
    private String sourceEndpoint;
    private String destinationEndpoint;

    private TopicFilterBuilder(Family family) {
        this.family = family;
    }

    /** @return a builder for {@code gw-request/…} filters (what a gateway subscribes to) */
    public static TopicFilterBuilder requests() {
        return new TopicFilterBuilder(Family.REQUEST);
    }

    /** @return a builder for {@code gw-response/…} filters */
    public static TopicFilterBuilder responses() {
        return new TopicFilterBuilder(Family.RESPONSE);
    }

    /** @return a builder for {@code gw-event/status/…} filters */
    public static TopicFilterBuilder status() {
        return new TopicFilterBuilder(Family.STATUS);
    }

    /** @return a builder for {@code gw-event/received_data/…} filters */
    public static TopicFilterBuilder receivedData() {
        return new TopicFilterBuilder(Family.RECEIVED_DATA);
    }

    /**
     * @param value the command (requests and responses only)
     * @return this builder
     */
    public TopicFilterBuilder command(Command value) {
        only("command", Family.REQUEST, Family.RESPONSE);
        command = Objects.requireNonNull(value, "value");
        return this;
    }

    /**
     * @param id the gateway id
     * @return this builder
     * @throws IllegalArgumentException naming the id if it cannot be a topic level
     */
    public TopicFilterBuilder gateway(String id) {
        gateway = TopicLevels.gateway(id);
        return this;
    }

    /**
     * @param id the sink id (not for status filters)
     * @return this builder
     * @throws IllegalArgumentException naming the id if it cannot be a topic level
     */
    public TopicFilterBuilder sink(String id) {
        only("sink", Family.REQUEST, Family.RESPONSE, Family.RECEIVED_DATA);
        sink = TopicLevels.sink(id);
        return this;
    }

    /**
     * @param address the network address, unsigned (received data only)
     * @return this builder
     */
    public TopicFilterBuilder network(long address) {
        only("network", Family.RECEIVED_DATA);
        network = Long.toUnsignedString(address);
        return this;
    }

    /**
     * @param endpoint the source endpoint (received data only)
     * @return this builder
     */
    public TopicFilterBuilder sourceEndpoint(long endpoint) {
        only("sourceEndpoint", Family.RECEIVED_DATA);
        sourceEndpoint = Long.toString(Uint32.require("source_endpoint", endpoint));
        return this;
    }

    /**
     * @param endpoint the destination endpoint (received data only)
     * @return this builder
     */
    public TopicFilterBuilder destinationEndpoint(long endpoint) {
        only("destinationEndpoint", Family.RECEIVED_DATA);
        destinationEndpoint = Long.toString(Uint32.require("destination_endpoint", endpoint));
        return this;
    }

    /**
     * @return the filter
     * @throws IllegalStateException if a sink is set for a command that has no sink level
     */
    public TopicFilter build() {
        return switch (family) {
            case REQUEST, RESPONSE -> commandFilter();
            case STATUS -> join(Arrays.asList(gateway), false);
            case RECEIVED_DATA ->
                join(Arrays.asList(gateway, sink, network, sourceEndpoint, destinationEndpoint), false);
        };
    }

    private TopicFilter commandFilter() {
        if (command != null && !command.hasSinkLevel()) {
            if (sink != null) {
                throw new IllegalStateException("command " + command.topicName() + " has no sink level");
            }
            return join(Arrays.asList(command.topicName(), gateway), false);
        }
        return join(Arrays.asList(command == null ? null : command.topicName(), gateway, sink), true);
    }

    /** Unset levels become '+'; with {@code openEnd}, unset trailing levels collapse into one '#'. */
    private TopicFilter join(List<String> levels, boolean openEnd) {
        int used = levels.size();
        if (openEnd) {
            while (used > 0 && levels.get(used - 1) == null) {
                used--;
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add(family.prefix);
        for (int i = 0; i < used; i++) {
            parts.add(levels.get(i) == null ? "+" : levels.get(i));
        }
        if (used < levels.size()) {
            parts.add("#");
        }
        return new TopicFilter(String.join("/", parts));
    }

    private void only(String level, Family... allowed) {
        if (!Arrays.asList(allowed).contains(family)) {
            throw new IllegalStateException(family.prefix + " topics have no " + level + " level");
        }
    }
}
