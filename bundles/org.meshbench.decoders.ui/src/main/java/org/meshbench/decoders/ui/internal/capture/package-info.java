/**
 * How packets reach the Packets view: the workbench's shared {@link org.meshbench.network.NetworkClient}
 * and the {@link org.meshbench.decoders.DecoderRegistry} followed as OSGi services, and a pipeline
 * that takes received packets off the client's listener thread and decodes them on a worker of its own.
 */
package org.meshbench.decoders.ui.internal.capture;
