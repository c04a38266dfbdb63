/** What the Provisioning view shows and controls, without SWT: the server on a connection, cell and status texts. */
package org.meshbench.provisioning.ui.internal.model;
