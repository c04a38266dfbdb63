package org.meshbench.decoders.ui.internal.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.meshbench.protocol.message.ReceivedDataEvent;

/** The columns of the packet table: header, initial width and the text of a row. */
public final class PacketColumns {

    /** The node address that stands for every node. */
    public static final long BROADCAST = 0xFFFF_FFFFL;

    private PacketColumns() {
    }

    /**
     * A column.
     *
     * @param header the header text
     * @param width initial width in pixels
     * @param text the cell text of a row
     */
    public record Column(String header, int width, Function<PacketRow, String> text) {
    }

    /**
     * @param zone the time zone of the rx time column
     * @return the columns, left to right
     */
    public static List<Column> of(ZoneId zone) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(zone);
        return List.of(
                new Column("No.", 55, row -> Long.toString(row.number())),
                new Column("Rx time", 95, row -> time.format(Instant.ofEpochMilli(row.event().rxTimeMsEpoch()))),
                new Column("Gateway / sink", 120, row -> row.packet().sink().toString()),
                new Column("Network", 75, row -> Long.toUnsignedString(row.packet().networkAddress())),
                new Column("Source → destination", 175, PacketColumns::addresses),
                new Column("Endpoints", 75, row -> row.event().sourceEndpoint() + "→" + row.event().destinationEndpoint()),
                new Column("Hops", 45, row -> optional(row.event().hopCount())),
                new Column("Travel", 65, row -> row.event().travelTimeMs() + " ms"),
                new Column("Size", 50, PacketColumns::size),
                new Column("Decoder", 300, PacketRow::decoderText),
                new Column("Summary", 420, PacketRow::summary));
    }

    private static String addresses(PacketRow row) {
        ReceivedDataEvent event = row.event();
        String destination = event.destinationAddress() == BROADCAST ? "broadcast"
                : Long.toString(event.destinationAddress());
        return event.sourceAddress() + " → " + destination;
    }

    private static String size(PacketRow row) {
        String bytes = optional(row.size());
        if (bytes.isEmpty()) {
            return "";
        }
        return row.event().payload().isPresent() ? bytes + " B" : bytes + " B (withheld)";
    }

    private static String optional(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "";
    }
}
