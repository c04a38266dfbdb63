/**
 * Typed, immutable messages of the Wirepas backend-to-gateway API: the ten requests a backend
 * sends, the ten responses and two events a gateway sends, their headers, and the
 * {@link org.meshbench.protocol.message.MessageKind} and {@link org.meshbench.protocol.message.Command}
 * tables that tie them to topics.
 *
 * <p>Both sides use the same types: a backend builds requests and reads responses and events, a
 * gateway simulator does the opposite. Conventions are those of {@link org.meshbench.protocol.value}.
 */
package org.meshbench.protocol.message;
