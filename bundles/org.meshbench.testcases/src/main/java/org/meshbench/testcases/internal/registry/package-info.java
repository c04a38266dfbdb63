/**
 * The test-case registry, independent of OSGi: declarations come from a
 * {@link org.meshbench.extensions.ContributionSource}, so tests feed it by hand.
 */
package org.meshbench.testcases.internal.registry;
