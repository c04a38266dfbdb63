package org.meshbench.protocol.value;

/** Number-to-constant lookup shared by the {@link WireEnum} implementations. */
final class WireEnumLookup {

    private WireEnumLookup() {
    }

    static <E extends Enum<E> & WireEnum> E find(E[] constants, E fallback, int wireValue) {
        for (E constant : constants) {
            if (constant.hasWireValue() && constant.wireValue() == wireValue) {
                return constant;
            }
        }
        return fallback;
    }

    static int requireKnown(Enum<?> constant, boolean known, int wireValue) {
        if (!known) {
            throw new IllegalStateException(constant.getDeclaringClass().getSimpleName() + "."
                    + constant.name() + " stands for a number this version does not know; it has no wire value");
        }
        return wireValue;
    }
}
