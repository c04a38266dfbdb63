package org.meshbench.simulator.internal.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.protocol.value.ConfigurationDataItem;
import org.meshbench.protocol.value.ResultCode;

/**
 * The configuration data items of one sink, by endpoint, within a fixed room
 * ({@link SinkHardware#CONFIGURATION_DATA_CAPACITY} payload bytes). Not thread-safe.
 */
public final class ConfigurationData {

    private final TreeMap<Long, Bytes> items = new TreeMap<>();
    private int used;

    /**
     * @param item the item; an empty payload removes the item at its endpoint
     * @return OK, or SINK_OUT_OF_MEMORY when the items would no longer fit
     */
    public ResultCode set(ConfigurationDataItem item) {
        Bytes old = items.get(item.endpoint());
        int after = used - (old == null ? 0 : old.size()) + item.payload().size();
        if (after > SinkHardware.CONFIGURATION_DATA_CAPACITY) {
            return ResultCode.SINK_OUT_OF_MEMORY;
        }
        if (item.payload().isEmpty()) {
            items.remove(item.endpoint());
        } else {
            items.put(item.endpoint(), item.payload());
        }
        used = after;
        return ResultCode.OK;
    }

    /**
     * @param endpoint an item's endpoint
     * @return the item there, if any
     */
    public Optional<ConfigurationDataItem> get(long endpoint) {
        return Optional.ofNullable(items.get(endpoint)).map(payload -> new ConfigurationDataItem(endpoint, payload));
    }

    /** @return every item, by ascending endpoint */
    public List<ConfigurationDataItem> items() {
        List<ConfigurationDataItem> list = new ArrayList<>(items.size());
        items.forEach((endpoint, payload) -> list.add(new ConfigurationDataItem(endpoint, payload)));
        return list;
    }
}
