/** The Provisioning view: sessions of the provisioning server, its toolbar and the whitelist editor. Thin SWT and JFace code over the model package. */
package org.meshbench.provisioning.ui.internal.view;
