/**
 * Captures of MQTT traffic in the documented format of {@code capture-format.md}: write
 * ({@link org.meshbench.capture.CaptureWriter}), read with damage reporting
 * ({@link org.meshbench.capture.CaptureReader}), record from a broker
 * ({@link org.meshbench.capture.CaptureRecorder}) and republish with the original pacing
 * ({@link org.meshbench.capture.CapturePlayer}).
 */
package org.meshbench.capture;
