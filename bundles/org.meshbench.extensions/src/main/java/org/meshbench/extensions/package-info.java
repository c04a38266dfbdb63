/**
 * What Meshbench's extension points (decoders, test cases) share: contributions read from the Eclipse
 * extension registry as plain elements, and plug-ins followed as they are installed and removed while the
 * application runs. Registries built on it run and are tested without OSGi by feeding a
 * {@link org.meshbench.extensions.ContributionSource} by hand.
 */
package org.meshbench.extensions;
