package org.meshbench.decoders;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meshbench.mesh.EndpointPair;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Picks a decoder for each packet and runs it in isolation. Provided by Meshbench as an OSGi
 * service; thread-safe.
 *
 * <h2>Selection order</h2>
 * <ol>
 * <li><b>Override.</b> If the user set a "Decode As" override for the packet's endpoint pair and
 * that decoder is enabled, it wins over everything else: an explicit user choice beats plug-in
 * declarations.</li>
 * <li><b>Bindings.</b> Enabled decoders with a binding that matches the endpoint pair (and the
 * network, if the binding names one). A network-specific binding beats a general one; then the
 * higher priority wins; then the smaller decoder id, so the order is always the same.</li>
 * <li><b>Heuristics.</b> Enabled decoders with a heuristic declaration, asked in descending
 * heuristic priority, then ascending decoder id; the first whose
 * {@link HeuristicDecoder#canDecode} says yes wins.</li>
 * <li>Otherwise no decoder applies and the packet keeps its raw bytes.</li>
 * </ol>
 * Every other decoder that applies by one of these rules is reported as an alternative, in the
 * same order, and can be used with {@link #decodeWith}.
 *
 * <h2>Isolation</h2>
 * A decoder call that throws, returns {@code null}, returns fields outside the payload or runs
 * past the time budget produces a {@link DecodeError} instead of a packet; the stream goes on.
 * Such faults are logged with the contributing plug-in's id and reported as
 * {@link DecoderEvent.DecoderFaulted}; after a number of consecutive faults the decoder is
 * disabled and {@link DecoderEvent.DecoderDisabled} is sent. A {@link DecodeException} means a
 * malformed payload and is not a fault.
 *
 * @since 0.1
 */
@ProviderType
public interface DecoderRegistry {

    /**
     * Selects a decoder by the rules above and decodes the payload with it.
     *
     * @param payload the application payload (not modified)
     * @param context where the packet came from
     * @return the outcome; never {@code null}, never throws for a bad payload or decoder
     */
    DecodeOutcome decode(byte[] payload, PacketContext context);

    /**
     * Decodes with a decoder the caller chose, e.g. an alternative the user switched to.
     *
     * @param decoderId the decoder to use; it must exist and be enabled
     * @param payload the application payload
     * @param context where the packet came from
     * @return the outcome, whose selection reason is {@link SelectionReason#EXPLICIT}
     * @throws IllegalArgumentException if the decoder is unknown or disabled
     */
    DecodeOutcome decodeWith(String decoderId, byte[] payload, PacketContext context);

    /**
     * Selects without decoding.
     *
     * @param payload the application payload
     * @param context where the packet came from
     * @return the winner, the reason and the alternatives
     */
    DecoderSelection select(byte[] payload, PacketContext context);

    /**
     * Builds a payload with the encoder declared for a decoder.
     *
     * @param decoderId the decoder whose encoder to use
     * @param fields field paths and values, as the encoder documents
     * @return the payload
     * @throws EncodeException if the fields are invalid, the encoder failed or there is none
     */
    byte[] encode(String decoderId, Map<String, Object> fields) throws EncodeException;

    /** @return every known decoder, ordered by id */
    List<DecoderInfo> decoders();

    /**
     * @param decoderId a decoder id
     * @return the decoder, if known
     */
    Optional<DecoderInfo> decoder(String decoderId);

    /**
     * Enables or disables a decoder. Enabling also clears its fault count.
     *
     * @param decoderId a known decoder id
     * @param enabled whether it may be selected
     * @throws IllegalArgumentException if the decoder is unknown
     */
    void setEnabled(String decoderId, boolean enabled);

    /**
     * Sets the user's "Decode As" choice for an endpoint pair (kept in memory; the caller
     * persists {@link #overrides()} if it wants to).
     *
     * @param endpoints the endpoint pair
     * @param decoderId the decoder to use for it; need not be known yet
     */
    void setOverride(EndpointPair endpoints, String decoderId);

    /** @param endpoints the endpoint pair whose override to remove */
    void clearOverride(EndpointPair endpoints);

    /** @return the current overrides */
    Map<EndpointPair, String> overrides();

    /** @param listener called on registry events; adding it twice has no effect */
    void addListener(DecoderRegistryListener listener);

    /** @param listener a listener added before */
    void removeListener(DecoderRegistryListener listener);
}
