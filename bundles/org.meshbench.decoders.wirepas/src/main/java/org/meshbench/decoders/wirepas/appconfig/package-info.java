/**
 * Reading and editing app config data in the Wirepas TLV layout, e.g. to enable local
 * provisioning on a network without disturbing the other entries.
 *
 * @since 0.1
 */
package org.meshbench.decoders.wirepas.appconfig;
