package org.meshbench.simulator.internal.traffic;

import org.meshbench.mesh.remoteapi.RemoteApi;
import org.meshbench.mesh.remoteapi.RemoteApiFrame;
import org.meshbench.protocol.value.FirmwareVersion;
import org.meshbench.protocol.value.ScratchpadInfo;
import org.meshbench.simulator.internal.node.NodeOtapStatus;

/**
 * The Remote API scratchpad status response (type 0x99) in its third version: a 47-byte body,
 * little-endian. Simulated nodes run one application whose scratchpad fields are
 * fixed: never updated (zeros), area {@link #APP_AREA_ID}, version {@link #APP_VERSION}.
 */
final class ScratchpadStatusFrame {

    /** Response type. */
    static final int TYPE = RemoteApi.SCRATCHPAD_STATUS | RemoteApi.RESPONSE_BIT;
    /** Body length of version 3. */
    static final int BODY_LENGTH = 47;
    /** Area id of the simulated application. */
    static final long APP_AREA_ID = 0x0000_0101L;
    /** Version of the simulated application. */
    static final FirmwareVersion APP_VERSION = new FirmwareVersion(1, 0, 0, 0);

    private ScratchpadStatusFrame() {
    }

    /**
     * @param status what the node reports
     * @return the frame, 49 bytes
     */
    static RemoteApiFrame of(NodeOtapStatus status) {
        LittleEndianWriter out = new LittleEndianWriter(BODY_LENGTH);
        info(out, status.stored()).u8(status.storedType()).u8(status.storedStatus());
        info(out, status.processed()).u32(status.firmwareAreaId());
        version(out, status.firmware());
        out.zeros(4 + 2 + 1) // application scratchpad: length, CRC, sequence
                .u32(APP_AREA_ID);
        version(out, APP_VERSION);
        return new RemoteApiFrame(TYPE, out.u8(status.action()).u8(status.targetSequence()).u16(status.targetCrc())
                .u16(status.delayMinutes()).u16(status.remainingMinutes()).toByteArray());
    }

    private static LittleEndianWriter info(LittleEndianWriter out, ScratchpadInfo info) {
        return out.u32(info.len()).u16(info.crc()).u8(info.seq());
    }

    /** Major first, as the Remote API specification orders the four bytes. */
    private static void version(LittleEndianWriter out, FirmwareVersion version) {
        out.u8(version.major()).u8(version.minor()).u8(version.maint()).u8(version.dev());
    }
}
