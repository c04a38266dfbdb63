/**
 * The decoder registry as a plain class: contributions come in through
 * {@link org.meshbench.extensions.ContributionSource}, so it runs and is tested
 * without OSGi.
 */
package org.meshbench.decoders.internal.registry;
