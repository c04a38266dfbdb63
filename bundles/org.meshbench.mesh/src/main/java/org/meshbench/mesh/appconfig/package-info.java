/**
 * App config data in the Wirepas TLV layout: {@link org.meshbench.mesh.appconfig.TlvAppConfig}
 * reads, edits and writes it, e.g. to enable local provisioning on a network without disturbing
 * the other entries; {@link org.meshbench.mesh.appconfig.TlvEntry} says where each entry lies.
 *
 * @since 0.1
 */
package org.meshbench.mesh.appconfig;
