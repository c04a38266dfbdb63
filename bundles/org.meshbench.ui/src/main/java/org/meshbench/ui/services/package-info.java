/**
 * For the views of the Meshbench workbench, also those other bundles contribute: the workbench's shared
 * connection and how a view follows it, a follower of OSGi services that tells a view when the services it uses come
 * and go, and one way to bring model events to the UI thread as throttled refreshes.
 */
package org.meshbench.ui.services;
