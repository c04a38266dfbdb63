package org.meshbench.decoders.wirepas.internal;

import static org.meshbench.decoders.wirepas.internal.FieldSpec.u16;
import static org.meshbench.decoders.wirepas.internal.FieldSpec.u24;
import static org.meshbench.decoders.wirepas.internal.FieldSpec.u8;

import java.util.ArrayList;
import java.util.List;
import org.meshbench.decoders.DecodeException;
import org.meshbench.decoders.DecodedField;
import org.meshbench.decoders.DecodedPacket;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.PacketContext;
import org.meshbench.decoders.PayloadReader;

/**
 * Node diagnostics, endpoints 253→255, in its two sizes: 59 bytes up to stack 4.0 and 67 bytes
 * from 4.2 on, which adds eight pending-buffer counters. Fields are named as in stack 4.x; before
 * 4.0 the eight link-layer counters held downlink delay statistics and the 5-byte blacklist mask
 * a second next hop.
 */
public final class NodeDiagnosticsDecoder implements Decoder {

    static final int SHORT_FORM = 59;
    static final int LONG_FORM = 67;
    private static final int EVENT_COUNT = 15;

    private static final Layout HEAD = Layout.of(u16("access_cycle"), u8("role").as(Conversion.ROLE),
            u8("voltage").as(Conversion.linear(0.01, 2.0, 2, "V")), u8("max_buffer_usage"),
            u8("average_buffer_usage"), u8("mem_alloc_fails"), u8("normal_priority_buf_delay"),
            u8("high_priority_buf_delay"), u8("network_scans"), u16("lltx_msg_w_ack"),
            u16("lltx_msg_unack"), u16("llrx_w_unack_ok"), u16("llrx_ack_not_received"),
            u16("lltx_cca_unack_fail"), u16("lltx_cca_w_ack_fail"), u16("llrx_w_ack_ok"),
            u16("llrx_ack_otherreasons"), u8("dropped_packets_0"), u8("dropped_packets_1"),
            u24("route_address").as(Conversion.HEX), u24("next_hop_address").as(Conversion.HEX),
            u8("next_hop_cost"), u8("next_hop_link_quality"),
            new FieldSpec("blacklist_exceeded", 5, Conversion.HEX));

    private static final Layout TAIL = Layout.of(u16("duty_cycle"), u8("current_antenna"));

    private static final Layout PENDING = Layout.of(u8("pending_ucast_cluster"),
            u8("pending_ucast_members"), u8("pending_bcast_le_members"), u8("pending_bcast_ll_members"),
            u8("pending_bcast_unack"), u8("pending_expire_queue"), u8("pending_bcast_next_hop"),
            u8("pending_reroute_packets"));

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        if (payload.length > SHORT_FORM && payload.length < LONG_FORM) {
            throw new DecodeException(SHORT_FORM, "node diagnostics are " + SHORT_FORM + " or "
                    + LONG_FORM + " bytes, not " + payload.length);
        }
        PayloadReader in = new PayloadReader(payload);
        List<DecodedField> fields = new ArrayList<>(HEAD.read(in));
        fields.add(events(in));
        fields.addAll(TAIL.read(in));
        if (payload.length >= LONG_FORM) {
            fields.addAll(PENDING.read(in));
        }
        Fields.unparsed(in).ifPresent(fields::add);
        DecodedField voltage = Fields.field(fields, "voltage");
        return DecodedPacket.builder("node: " + Fields.field(fields, "role").display() + ", "
                        + voltage.display() + " V, next hop " + Fields.field(fields, "next_hop_address").display())
                .fields(fields)
                .series("voltage", (Double) voltage.value(), "V")
                .series("max_buffer_usage", Fields.number(fields, "max_buffer_usage"), "")
                .series("average_buffer_usage", Fields.number(fields, "average_buffer_usage"), "")
                .build();
    }

    private static DecodedField events(PayloadReader in) throws DecodeException {
        List<DecodedField> events = new ArrayList<>(EVENT_COUNT);
        for (int i = 0; i < EVENT_COUNT; i++) {
            events.add(Layout.read(in, u8(Fields.indexed("event", i))));
        }
        return Fields.group("events", events);
    }
}
