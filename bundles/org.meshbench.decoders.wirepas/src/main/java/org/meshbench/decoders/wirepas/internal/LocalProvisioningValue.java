package org.meshbench.decoders.wirepas.internal;

import java.util.Arrays;
import java.util.Optional;
import org.meshbench.decoders.DecodedField;
import org.meshbench.mesh.appconfig.TlvEntry;

/** Explains the value of the local provisioning app config entry: 00, 01, or 02 with a PSK. */
final class LocalProvisioningValue {

    private static final int PSK_ID_LENGTH = 4;
    private static final int WITH_PSK_LENGTH = 1 + PSK_ID_LENGTH + 32;

    private LocalProvisioningValue() {
    }

    /** @return the mode (and key id and key) as a field, or empty if the value has another shape */
    static Optional<DecodedField> describe(TlvEntry entry) {
        byte[] value = entry.value();
        int at = entry.valueOffset();
        if (value.length == 1 && (value[0] == 0 || value[0] == 1)) {
            return Optional.of(mode(value[0], at, value[0] == 0 ? "disabled" : "enabled").build());
        }
        if (value.length == WITH_PSK_LENGTH && value[0] == 2) {
            return Optional.of(mode(2, at, "enabled with pre-shared key")
                    .child(DecodedField.builder("psk_id").bytes(Arrays.copyOfRange(value, 1, 1 + PSK_ID_LENGTH))
                            .span(at + 1, PSK_ID_LENGTH).build())
                    .child(DecodedField.builder("psk").bytes(Arrays.copyOfRange(value, 1 + PSK_ID_LENGTH, value.length))
                            .span(at + 1 + PSK_ID_LENGTH, value.length - 1 - PSK_ID_LENGTH).build())
                    .build());
        }
        return Optional.empty();
    }

    private static DecodedField.Builder mode(int raw, int offset, String text) {
        return DecodedField.builder("local_provisioning").value(raw).display(text).span(offset, 1);
    }
}
