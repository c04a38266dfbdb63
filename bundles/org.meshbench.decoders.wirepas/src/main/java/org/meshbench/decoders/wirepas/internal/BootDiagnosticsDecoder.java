package org.meshbench.decoders.wirepas.internal;

import static org.meshbench.decoders.wirepas.internal.FieldSpec.u16;
import static org.meshbench.decoders.wirepas.internal.FieldSpec.u32;
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
 * Boot diagnostics, endpoints 254→255: 31 bytes sent after each boot, with the firmware version
 * and, after a crash, where it happened (line, file hash, stack trace).
 */
public final class BootDiagnosticsDecoder implements Decoder {

    private static final Layout HEAD = Layout.of(u8("boot_count"), u8("node_role").as(Conversion.ROLE),
            u8("sw_dev_version"), u8("sw_maint_version"), u8("sw_minor_version"), u8("sw_major_version"),
            u16("scratchpad_sequence"), u16("hw_magic"), u16("stack_profile"), u8("otap_enabled"),
            u16("boot_line_number"), u16("file_hash").as(Conversion.HEX));

    private static final Layout STACK_TRACE = Layout.of(u32("stack_trace[0]").as(Conversion.HEX),
            u32("stack_trace[1]").as(Conversion.HEX), u32("stack_trace[2]").as(Conversion.HEX));

    private static final FieldSpec CURRENT_SEQUENCE = u16("cur_seq");

    @Override
    public DecodedPacket decode(byte[] payload, PacketContext context) throws DecodeException {
        PayloadReader in = new PayloadReader(payload);
        List<DecodedField> fields = new ArrayList<>(HEAD.read(in));
        fields.add(Fields.group("stack_trace", STACK_TRACE.read(in)));
        fields.add(Layout.read(in, CURRENT_SEQUENCE));
        String version = Fields.version(Fields.number(fields, "sw_major_version"),
                Fields.number(fields, "sw_minor_version"), Fields.number(fields, "sw_maint_version"),
                Fields.number(fields, "sw_dev_version"));
        // The four version bytes are payload bytes 2..5.
        fields.add(2, DecodedField.builder("firmware_version").value(version).span(2, 4).build());
        Fields.unparsed(in).ifPresent(fields::add);
        return DecodedPacket.builder("boot #" + Fields.number(fields, "boot_count") + ", firmware "
                + version + ", " + Fields.field(fields, "node_role").display()).fields(fields).build();
    }
}
