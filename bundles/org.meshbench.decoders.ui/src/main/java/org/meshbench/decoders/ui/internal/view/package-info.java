/**
 * The Packets view: a live table of received packets, their details (decoded fields and hex dump)
 * and "Decode As". Thin SWT and JFace code over the model package.
 */
package org.meshbench.decoders.ui.internal.view;
