/**
 * The built-in Wirepas decoders, one class per payload format, and the helpers they share. Only
 * reached through the {@code org.meshbench.decoders} extension point.
 */
package org.meshbench.decoders.wirepas.internal;
