/**
 * Parses {@value org.meshbench.decoders.DecoderExtensionPoint#ID} contributions. The parsing works on
 * {@link org.meshbench.extensions.ContributionElement}, so it is tested without OSGi.
 */
package org.meshbench.decoders.internal.extension;
