/** The byte layout of capture records; not API. */
package org.meshbench.capture.internal;
