package org.meshbench.decoders.testing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.meshbench.mesh.EndpointPair;

/**
 * One payload and what it must decode to. Immutable.
 *
 * @param name what the vector shows
 * @param endpoints the endpoint pair the payload travels on
 * @param payload the payload bytes
 * @param summary the expected summary, if checked
 * @param fields expectations by field path, in file order
 * @param series expected series samples by name
 * @param error the expected failure; when present the vector must not decode
 * @since 0.1
 */
public record TestVector(String name, EndpointPair endpoints, byte[] payload,
        Optional<String> summary, Map<String, ExpectedField> fields,
        Map<String, BigDecimal> series, Optional<ExpectedError> error) {

    /** Copies the payload and maps and rejects {@code null} components. */
    public TestVector {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(endpoints, "endpoints");
        payload = payload.clone();
        Objects.requireNonNull(summary, "summary");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        series = Map.copyOf(series);
        Objects.requireNonNull(error, "error");
    }

    /** @return a copy of the payload */
    @Override
    public byte[] payload() {
        return payload.clone();
    }
}
