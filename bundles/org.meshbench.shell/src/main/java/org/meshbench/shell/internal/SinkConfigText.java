package org.meshbench.shell.internal;

import java.util.Optional;
import java.util.OptionalLong;
import org.meshbench.protocol.value.SinkReadConfig;

/** A sink configuration in one line of {@code key=value}, the fields a user checks first. */
final class SinkConfigText {

    private SinkConfigText() {
    }

    static String of(SinkReadConfig config) {
        return config.sinkId() + " network=" + number(config.networkAddress()) + " channel="
                + number(config.networkChannel()) + " node=" + number(config.nodeAddress()) + " role="
                + text(config.nodeRole()) + " started=" + text(config.sinkState()) + " app_config="
                + config.appConfig().map(app -> "seq " + app.seq() + " diag " + app.diagIntervalS() + " s data "
                        + app.appConfigData().toHex()).orElse("-")
                + " max_mtu=" + number(config.maxMtu()) + " firmware=" + text(config.firmwareVersion())
                + " keys_set=" + text(config.areKeysSet());
    }

    private static String number(OptionalLong value) {
        return InventoryCommands.text(value);
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse("-");
    }
}
