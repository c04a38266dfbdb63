/**
 * Runs a decoder against its test vectors: payload bytes with the fields they must decode to.
 *
 * <h2>Where vectors live</h2>
 * A bundle that contributes decoders ships one file per decoder, {@code vectors/<decoder-id>.json},
 * and lists {@code vectors/} in the {@code bin.includes} of its {@code build.properties}, so the
 * vectors travel with the plug-in and anyone can re-run them.
 *
 * <h2>File format</h2>
 * <pre>
 * {
 *   "decoder": "com.example.decoders.thermometer",
 *   "endpoints": [21, 21],
 *   "vectors": [
 *     {
 *       "name": "typical reading",
 *       "payload": "01 2c01",
 *       "summary": "30.0 °C",
 *       "fields": {
 *         "version": 1,
 *         "temperature": { "value": 30.0, "unit": "°C", "offset": 1, "length": 2 }
 *       },
 *       "series": { "temperature": 30.0 }
 *     },
 *     { "name": "truncated", "payload": "01 2c", "error": { "offset": 1, "contains": "truncated" } }
 *   ]
 * }
 * </pre>
 * {@code endpoints} (source, destination) may also be given per vector. {@code payload} is hex;
 * spaces are ignored. A key in {@code fields} is a field path ({@code "neighbor[0]/rssi"}); its
 * expectation is either the value alone or an object with any of {@code value},
 * {@code display}, {@code unit}, {@code offset} and {@code length}. Numbers compare by value
 * (decimals with a relative tolerance of 1e-9), byte values compare with a hex string, and a
 * {@code null} value expects a pure group. Fields not listed are not checked, but every field's
 * byte span must lie inside the payload. {@code summary} and {@code series} are optional. A
 * vector with {@code error} expects a {@link org.meshbench.decoders.DecodeException}, optionally
 * at the given offset and with the given text in its message.
 *
 * @since 0.1
 */
package org.meshbench.decoders.testing;
