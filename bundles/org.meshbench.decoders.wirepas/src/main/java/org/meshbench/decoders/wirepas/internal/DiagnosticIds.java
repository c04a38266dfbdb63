package org.meshbench.decoders.wirepas.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Names of the CBOR diagnostics ids (endpoint 247). Scalars have a name; vectors also name their
 * elements; id ranges hold one record each (e.g. ids 155..170 are neighbors 0..15).
 */
final class DiagnosticIds {

    /** Ids whose value is a firmware version packed big-endian in a 32-bit integer. */
    static final List<Integer> VERSIONS = List.of(30, 39);

    private static final Map<Integer, String> SCALARS = Map.ofEntries(
            Map.entry(1, "role"), Map.entry(2, "voltage"), Map.entry(3, "memory_allocation_failures"),
            Map.entry(4, "network_scans_amount"), Map.entry(5, "scanstat_avg_routers"),
            Map.entry(6, "cfmac_access_cycle_interval"), Map.entry(7, "cluster_channel"),
            Map.entry(8, "cluster_channel_reliability"), Map.entry(9, "cbmac_broadcast_ll_members_pending"),
            Map.entry(10, "cbmac_broadcast_le_members_pending"), Map.entry(11, "cbmac_broadcast_next_hop_pending"),
            Map.entry(12, "cbmac_broadcast_unack_pending"), Map.entry(13, "cbmac_packets_expired_pending"),
            Map.entry(14, "cbmac_packets_reroute_pending"), Map.entry(15, "cbmac_unicast_cluster_pending"),
            Map.entry(16, "cbmac_unicast_members_pending"), Map.entry(17, "packets_dropped"),
            Map.entry(18, "cfmac_pending_broadcast_le_member"), Map.entry(19, "cfmac_messages_ack"),
            Map.entry(20, "cfmac_aloha_upload_maximum"), Map.entry(21, "cfmac_reserved_upload_maximum"),
            Map.entry(22, "cfmac_reserved_upload_average"), Map.entry(23, "blacklisted_channel_amount"),
            Map.entry(24, "cbmac_blacklisting_channels_min_to_40"),
            Map.entry(25, "cbmac_blacklisting_channels_41_to_max"), Map.entry(26, "cluster_members"),
            Map.entry(27, "cluster_head_members"), Map.entry(28, "scan_total_time"), Map.entry(29, "boot_count"),
            Map.entry(30, "firmware_stack"), Map.entry(31, "scratchpad_stored_sequence"),
            Map.entry(32, "otap_support"), Map.entry(33, "boot_line_number"), Map.entry(34, "boot_filename_hash"),
            Map.entry(35, "boot_address"), Map.entry(36, "scratchpad_processed_sequence"),
            Map.entry(37, "hardware_magic"), Map.entry(38, "stack_profile"), Map.entry(39, "firmware_app"),
            Map.entry(40, "boot_fault_reason"));

    private static final List<String> NEIGHBOR = List.of("node_address", "channel", "radio_power", "rssi");

    private static final Map<Integer, Vector> VECTORS = Map.of(
            64, new Vector("trace_options", List.of("trace_type", "sequence")),
            65, new Vector("nexthop_details", List.of("advertised_cost", "sink_address", "next_hop_address",
                    "next_hop_quality", "next_hop_rssi", "next_hop_power")),
            66, new Vector("buffer_usage", List.of("average", "maximum")),
            69, new Vector("cbmac_details", List.of("load", "rx_messages_ack", "rx_messages_unack",
                    "rx_ack_other_reasons", "tx_ack_cca_fail", "tx_ack_not_received", "tx_messages_ack",
                    "tx_messages_unack", "tx_cca_unack_fail")),
            71, new Vector("ftdma_table", numbered("slot_info", 6)),
            72, new Vector("role_api", List.of("role", "role_extension")),
            73, new Vector("events", numbered("event", 15)));

    private static final List<Range> RANGES = List.of(
            new Range(151, 154, "associated_neighbor", NEIGHBOR),
            new Range(155, 170, "neighbor", NEIGHBOR),
            new Range(171, 184, "router_member", NEIGHBOR),
            new Range(200, 229, "scan_result", List.of("address", "channel", "rssi", "power")),
            new Range(250, 329, "cca_channel", List.of("channel", "failed")));

    private DiagnosticIds() {
    }

    /**
     * @param id a diagnostics id
     * @return its field name and element names, or empty for an unknown id
     */
    static Optional<Vector> lookup(long id) {
        if (id < 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        int key = (int) id;
        if (SCALARS.containsKey(key)) {
            return Optional.of(new Vector(SCALARS.get(key), List.of()));
        }
        return Optional.ofNullable(VECTORS.get(key)).or(() -> RANGES.stream()
                .filter(r -> key >= r.first() && key <= r.last()).findFirst()
                .map(r -> new Vector(Fields.indexed(r.name(), key - r.first()), r.elements())));
    }

    private static List<String> numbered(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> Fields.indexed(prefix, i)).toList();
    }

    /**
     * @param name field name
     * @param elements names of the array elements; empty for a scalar
     */
    record Vector(String name, List<String> elements) {
    }

    private record Range(int first, int last, String name, List<String> elements) {
    }
}
