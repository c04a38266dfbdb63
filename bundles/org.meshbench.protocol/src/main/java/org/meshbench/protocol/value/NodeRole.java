package org.meshbench.protocol.value;

import java.util.List;
import java.util.Objects;

/**
 * Role of a node: a base role and its flags ({@code NodeRole} in the API). The flag order is
 * kept as received, so a decoded role re-encodes to the same bytes.
 *
 * @param role  the base role (not null)
 * @param flags the flags, in wire order (not null, copied)
 */
public record NodeRole(BaseRole role, List<RoleFlag> flags) {

    /** Validates and copies the components. */
    public NodeRole {
        Objects.requireNonNull(role, "role");
        flags = List.copyOf(flags);
    }

    /**
     * @param role  the base role
     * @param flags the flags, in wire order
     * @return the node role
     */
    public static NodeRole of(BaseRole role, RoleFlag... flags) {
        return new NodeRole(role, List.of(flags));
    }
}
