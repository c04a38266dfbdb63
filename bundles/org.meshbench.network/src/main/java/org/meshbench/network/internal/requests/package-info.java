/** Request/response correlation, timeouts and the typed gateway services. */
package org.meshbench.network.internal.requests;
