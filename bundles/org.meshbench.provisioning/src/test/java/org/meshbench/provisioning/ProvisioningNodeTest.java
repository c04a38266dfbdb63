package org.meshbench.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meshbench.protocol.value.Bytes;

class ProvisioningNodeTest {

    private static final Bytes UID = Vectors.hex("0102");
    private final ProvisioningNode secured = new ProvisioningNode(UID, ProvisioningMethod.SECURED,
            Optional.of(Vectors.FACTORY_KEY), Vectors.HEADER, Vectors.IV);

    @Test
    void acceptsSecuredDataAndAcknowledges() throws MalformedFrameException {
        ProvisioningNode.Step step = secured.receive(ProvisioningFrame.decode(Vectors.SECURED_DATA));
        assertEquals(Optional.of(new ProvisioningFrame.DataAck(Vectors.HEADER)), step.reply());
        assertEquals(ProvisioningData.fromCbor(Vectors.EXAMPLE_CBOR), step.provisioned().orElseThrow());
        assertEquals(new ProvisioningFrame.Start(Vectors.HEADER, 1, Vectors.IV, UID), secured.start());
    }

    @Test
    void refusesWhatItCannotTrustOrRead() throws MalformedFrameException {
        byte[] changed = Vectors.SECURED_DATA.clone();
        changed[changed.length - 1] ^= 1;
        assertEquals(nack(NackReason.INVALID_KEY), secured.receive(ProvisioningFrame.decode(changed)).reply());
        ProvisioningFrame.Data unsecured = new ProvisioningFrame.Data(Vectors.HEADER, 0, 1, Bytes.of(Vectors.EXAMPLE_CBOR));
        assertEquals(nack(NackReason.INVALID_KEY), secured.receive(unsecured).reply());
        ProvisioningNode plain = new ProvisioningNode(UID, ProvisioningMethod.UNSECURED, Optional.empty(),
                Vectors.HEADER, Vectors.IV);
        assertTrue(plain.receive(unsecured).provisioned().isPresent());
        ProvisioningFrame.Data garbage = new ProvisioningFrame.Data(Vectors.HEADER, 0, 1, Vectors.hex("ff"));
        assertEquals(nack(NackReason.INVALID_DATA), plain.receive(garbage).reply());
    }

    @Test
    void learnsOfRefusalsAndIgnoresOtherSessions() {
        ProvisioningNode.Step refused = secured.receive(new ProvisioningFrame.Nack(Vectors.HEADER,
                NackReason.NOT_AUTHORIZED));
        assertEquals(Optional.of(NackReason.NOT_AUTHORIZED), refused.refused());
        assertTrue(refused.reply().isEmpty());
        FrameHeader other = new FrameHeader(Vectors.HEADER.nodeAddress(), 7);
        assertEquals(ProvisioningNode.Step.NOTHING, secured.receive(new ProvisioningFrame.Nack(other,
                NackReason.NOT_AUTHORIZED)));
    }

    private static Optional<ProvisioningFrame> nack(NackReason reason) {
        return Optional.of(new ProvisioningFrame.Nack(Vectors.HEADER, reason));
    }
}
