/**
 * Reads {@value org.meshbench.decoders.DecoderExtensionPoint#ID} contributions from the Eclipse
 * extension registry. The parsing works on {@link org.meshbench.decoders.internal.extension.ContributionElement},
 * so it is tested without OSGi.
 */
package org.meshbench.decoders.internal.extension;
