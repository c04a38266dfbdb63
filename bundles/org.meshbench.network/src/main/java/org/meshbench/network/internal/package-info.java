/** Implementation of the network client and its factory; plain classes, wired by the OSGi component. */
package org.meshbench.network.internal;
