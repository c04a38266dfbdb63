/**
 * The decoder registry as a plain class: contributions come in through
 * {@link org.meshbench.decoders.internal.registry.ContributionSource}, so it runs and is tested
 * without OSGi.
 */
package org.meshbench.decoders.internal.registry;
