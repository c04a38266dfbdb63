/**
 * How packets reach the Packets view: the {@link org.meshbench.decoders.DecoderRegistry} followed as an OSGi
 * service, and the intake that decodes the received packets of the workbench's connection on the client's listener
 * thread.
 */
package org.meshbench.decoders.ui.internal.capture;
