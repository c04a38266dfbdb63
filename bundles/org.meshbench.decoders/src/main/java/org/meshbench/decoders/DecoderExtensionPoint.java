package org.meshbench.decoders;

/**
 * Names used by the {@value #ID} extension point, as declared in its schema
 * ({@code schema/decoders.exsd} of this bundle).
 *
 * @since 0.1
 */
public final class DecoderExtensionPoint {

    /** Fully qualified id of the extension point. */
    public static final String ID = "org.meshbench.decoders";

    /** Element that declares what a decoder is. */
    public static final String DECODER = "decoder";

    /** Element that declares on which endpoint pair a decoder applies. */
    public static final String BINDING = "binding";

    /** Element that lets a decoder be asked for packets without a binding. */
    public static final String HEURISTIC = "heuristic";

    private DecoderExtensionPoint() {
    }
}
