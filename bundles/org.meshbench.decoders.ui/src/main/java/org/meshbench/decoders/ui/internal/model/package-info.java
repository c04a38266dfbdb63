/**
 * What the Packets view shows and decides, without SWT: received packets with what the decoder
 * registry made of them, the bounded buffer that holds them, the text filter, the table and
 * details texts, the hex dump with its field highlights and the "Decode As" choices.
 */
package org.meshbench.decoders.ui.internal.model;
