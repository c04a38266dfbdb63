package org.meshbench.simulator.internal.traffic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.value.FirmwareVersion;

/** Byte layouts of the diagnostics packets, all little-endian, one literal per field. */
class DiagnosticsLayoutTest {

    @Test
    void trafficDiagnosticsAre18Bytes() {
        byte[] expected = bytes(
                "3412", // access cycles 0x1234
                "0b", // cluster channel 11
                "5f", // channel reliability 95
                "2c01", // rx amount 300
                "9600", // tx amount 150
                "0a", // aloha rx ratio 10
                "63", // reserved rx success ratio 99
                "50", // data rx ratio 80
                "02", // rx duplicate ratio 2
                "61", // cca success ratio 97
                "05", // broadcast ratio 5
                "01", // failed unicast ratio 1
                "28", // max reserved slot usage 40
                "14", // average reserved slot usage 20
                "07"); // max aloha slot usage 7

        byte[] actual = new TrafficDiagnostics(0x1234, 11, 95, 300, 150, 10, 99, 80, 2, 97, 5, 1, 40, 20, 7).encode();

        assertArrayEquals(expected, actual);
        assertEquals(TrafficDiagnostics.SIZE, actual.length);
    }

    @Test
    void neighborDiagnosticsHaveSevenBytesPerNeighbor() {
        byte[] expected = bytes(
                "563412", "05", "03", "02", "40", // 0x123456 on channel 5, power 3, router, rssi 0x40
                "010000", "27", "00", "03", "63"); // 0x000001 on channel 39, power 0, non-router, rssi 99

        byte[] actual = new NeighborDiagnostics(List.of(new NeighborDiagnostics.Neighbor(0x123456, 5, 3, 2, 0x40),
                new NeighborDiagnostics.Neighbor(1, 39, 0, 3, 99))).encode();

        assertArrayEquals(expected, actual);
    }

    @Test
    void nodeDiagnosticsAre67BytesWithUnmodelledCountersAtZero() {
        byte[] expected = bytes(
                "d007", // access cycle 2000 ms
                "03", // role: non-router
                "64", // voltage raw 100 = 3.00 V
                "1e", // max buffer usage 30
                "0f", // average buffer usage 15
                "000000", // memory allocation failures, normal and high priority buffer delay
                "02", // network scans 2
                "00000000000000000000000000000000", // eight link-layer counters
                "01", // dropped packets 1
                "00", // second drop counter
                "332211", // route address (the sink) 0x112233
                "665544", // next hop 0x445566
                "02", // next hop cost 2
                "c8", // next hop link quality 200
                "0000000000", // blacklist mask
                "000000000000000000000000000000", // 15 event bytes
                "f401", // duty cycle 500
                "00", // current antenna
                "0000000000000000"); // eight pending-buffer counters

        byte[] actual = new NodeDiagnostics(2000, 3, 100, 30, 15, 2, 1, 0x112233, 0x445566, 2, 200, 500).encode();

        assertArrayEquals(expected, actual);
        assertEquals(NodeDiagnostics.SIZE, actual.length);
    }

    @Test
    void bootDiagnosticsAre31BytesWithTheVersionDevFirst() {
        byte[] expected = bytes(
                "04", // boot count 4
                "02", // role: router
                "07", "00", "04", "05", // firmware 5.4.0.7: dev, maint, minor, major
                "0900", // scratchpad sequence 9
                "0300", // hw magic 3
                "0100", // stack profile 1
                "01", // OTAP enabled
                "0000", // boot line number
                "0000", // file hash
                "000000000000000000000000", // stack trace, three u32
                "0a00"); // current sequence 10

        byte[] actual = new BootDiagnostics(4, 2, new FirmwareVersion(5, 4, 0, 7), 9, 3, 1, true, 10).encode();

        assertArrayEquals(expected, actual);
        assertEquals(BootDiagnostics.SIZE, actual.length);
    }

    static byte[] bytes(String... hexFields) {
        return HexFormat.of().parseHex(String.join("", hexFields));
    }
}
