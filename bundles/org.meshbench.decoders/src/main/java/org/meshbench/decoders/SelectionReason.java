package org.meshbench.decoders;

/**
 * Why a decoder was chosen for a packet, in the order the registry tries them.
 *
 * @since 0.1
 */
public enum SelectionReason {
    /** The caller asked for this decoder by id (the user switched to an alternative). */
    EXPLICIT,
    /** The user's "Decode As" override for the packet's endpoint pair. */
    OVERRIDE,
    /** A binding for the packet's endpoint pair (and network). */
    BINDING,
    /** A heuristic decoder recognised the payload. */
    HEURISTIC,
    /** No decoder applies; the packet keeps its raw bytes only. */
    NONE
}
