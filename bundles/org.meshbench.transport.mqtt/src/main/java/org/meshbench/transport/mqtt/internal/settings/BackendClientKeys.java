package org.meshbench.transport.mqtt.internal.settings;

import java.util.Set;

/**
 * Keys of the backend-client's settings.yml that Meshbench does not use (logging, other services, its
 * subscription filters and test tools). A settings file written for the backend-client loads as it is: each of
 * these is accepted and said to be ignored, instead of failing as unknown.
 */
final class BackendClientKeys {

    static final Set<String> IGNORED = Set.of(
            "debug_level", "heartbeat", "version",
            "mqtt_ciphers", "mqtt_topic", "mqtt_subscribe_network_id", "mqtt_subscribe_sink_id",
            "mqtt_subscribe_gateway_id", "mqtt_subscribe_source_endpoint", "mqtt_subscribe_destination_endpoint",
            "fluentd_hostname", "fluentd_port", "fluentd_record", "fluentd_tag",
            "wnt_hostname", "wnt_username", "wnt_password", "wnt_protocol_version",
            "wpe_service_definition", "wpe_unsecure", "wpe_network",
            "provisioning_config",
            "testcase", "delay", "duration", "reliability_message_window", "reliability_raw_data", "nodes",
            "jitter_minimum", "jitter_maximum", "input", "output", "output_time", "target_otap",
            "target_frequency", "number_of_runs",
            "influx_username", "influx_password", "influx_database", "influx_hostname", "influx_port");

    private BackendClientKeys() {
    }
}
