/** Thread support shared by Meshbench bundles: {@link org.meshbench.concurrent.DaemonThreadFactory}. */
package org.meshbench.concurrent;
