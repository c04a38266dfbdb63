package org.meshbench.decoders.internal.registry;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code decoder} element declares.
 *
 * @param id unique decoder id
 * @param name human-readable name
 * @param vendor author, may be empty
 * @param version declared version, may be empty
 * @param decoderClass creates the {@link org.meshbench.decoders.Decoder}
 * @param encoderClass creates the {@link org.meshbench.decoders.PayloadEncoder}, if declared
 */
public record DecoderDeclaration(String id, String name, String vendor, String version,
        ClassFactory decoderClass, Optional<ClassFactory> encoderClass) {

    /** Rejects {@code null} components. */
    public DecoderDeclaration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(decoderClass, "decoderClass");
        Objects.requireNonNull(encoderClass, "encoderClass");
    }
}
