/**
 * The Provisioning view: the provisioning server's sessions, its toolbar and the whitelist editor. Thin SWT and
 * JFace code over the model package.
 */
package org.meshbench.provisioning.ui.internal.view;
