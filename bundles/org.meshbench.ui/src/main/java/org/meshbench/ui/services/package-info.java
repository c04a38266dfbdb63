/**
 * For views that other bundles contribute to the Meshbench workbench: the workbench's shared connection and a
 * follower of OSGi services that tells a view when the services it uses come and go.
 */
package org.meshbench.ui.services;
