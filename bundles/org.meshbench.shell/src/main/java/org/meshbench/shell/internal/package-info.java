/** The shell's commands, terminal handling and completion; not API. */
package org.meshbench.shell.internal;
