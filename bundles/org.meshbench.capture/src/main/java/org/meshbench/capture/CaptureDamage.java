package org.meshbench.capture;

/**
 * Where and why a capture could not be read further; the messages before it were read.
 *
 * @param offset the byte offset, in the (decompressed) stream, of the record that could not be read
 * @param messagesBefore how many messages were read before it
 * @param problem what is wrong, e.g. "truncated: 17 of 40 bytes present"
 */
public record CaptureDamage(long offset, long messagesBefore, String problem) {

    @Override
    public String toString() {
        return "stopped at byte " + offset + " after " + messagesBefore + " messages: " + problem;
    }
}
