package org.meshbench.simulator.internal.traffic;

import java.time.Duration;

/**
 * What the periodic node traffic of one gateway looks like.
 *
 * @param packetsPerSecond          uplink packets per second of this gateway
 * @param applicationSource         source endpoint of application packets
 * @param applicationDestination    destination endpoint of application packets
 * @param payloadSize               application payload size, at least 4
 * @param diagnosticsShare          share of diagnostics packets while diagnostics are on, 0..1
 * @param hopLatency                travel time per hop
 */
public record TrafficProfile(double packetsPerSecond, int applicationSource, int applicationDestination,
        int payloadSize, double diagnosticsShare, Duration hopLatency) {
}
