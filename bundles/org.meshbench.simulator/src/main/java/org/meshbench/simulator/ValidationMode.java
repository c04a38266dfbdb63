package org.meshbench.simulator;

/**
 * How strictly simulated gateways check requests.
 *
 * <p>Both modes reject what a real sink rejects (an out-of-range channel, an app config over its
 * maximum size, a payload over the MTU, …) with the API's error code. They differ where the
 * official gateway is lax.
 */
public enum ValidationMode {

    /**
     * Like the official gateway: a set_config applies each field it can and reports the last
     * error; scratchpad chunks are accepted at any offset and size.
     */
    OFFICIAL,

    /**
     * Validates what the official gateway does not: a set_config is checked as a whole and
     * applied only when every field is valid (first error reported); scratchpad chunks must come
     * in order and fit the announced size; a sink must keep the sink role; a target sequence must
     * be 1..254; an empty downlink payload is refused.
     */
    STRICT
}
