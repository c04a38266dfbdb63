/**
 * JSON without a library: {@link org.meshbench.json.JsonValue} trees, read by
 * {@link org.meshbench.json.JsonParser} with errors that name line, column and path, and written
 * by {@link org.meshbench.json.JsonWriter}.
 *
 * @since 0.1
 */
package org.meshbench.json;
