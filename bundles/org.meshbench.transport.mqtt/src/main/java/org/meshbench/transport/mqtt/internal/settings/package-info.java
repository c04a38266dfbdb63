/**
 * Parsing of settings.yml and command-line flags into transport options; not API.
 */
package org.meshbench.transport.mqtt.internal.settings;
