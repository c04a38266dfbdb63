package org.meshbench.simulator.internal.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.meshbench.protocol.MessageIdGenerator;

/**
 * The independent random streams of one gateway, so that one kind of activity never shifts the
 * values of another: drawing more traffic does not change the next status event id, turning a
 * fault on does not change the payloads.
 *
 * @param layout         sink and node addresses and properties
 * @param traffic        node choices, payload bytes and diagnostics values
 * @param faults         fault injection decisions
 * @param dataEventIds   event ids of received data
 * @param statusEventIds event ids of status events
 */
public record GatewayStreams(SplittableRandom layout, SplittableRandom traffic, SplittableRandom faults,
        MessageIdGenerator dataEventIds, MessageIdGenerator statusEventIds) {

    /**
     * The root generator of a seed is split in a fixed order: first the fleet's own stream (network
     * addresses, unique across the fleet), then one per gateway, so that a gateway's streams depend
     * only on the seed and its index.
     *
     * @param seed the simulation seed
     * @return the fleet's stream
     */
    public static SplittableRandom fleet(long seed) {
        return new SplittableRandom(seed).split();
    }

    /**
     * @param seed     the simulation seed
     * @param gateways number of gateways
     * @return one set of streams per gateway, by index
     */
    public static List<GatewayStreams> forGateways(long seed, int gateways) {
        SplittableRandom root = new SplittableRandom(seed);
        root.split(); // the fleet stream, see fleet(long)
        List<GatewayStreams> streams = new ArrayList<>(gateways);
        for (int i = 0; i < gateways; i++) {
            SplittableRandom gateway = root.split();
            streams.add(new GatewayStreams(gateway.split(), gateway.split(), gateway.split(),
                    MessageIdGenerator.seeded(gateway.nextLong()), MessageIdGenerator.seeded(gateway.nextLong())));
        }
        return streams;
    }
}
