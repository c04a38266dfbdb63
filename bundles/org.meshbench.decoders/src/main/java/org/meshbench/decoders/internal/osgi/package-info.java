/** The OSGi service that publishes the decoder registry. */
package org.meshbench.decoders.internal.osgi;
