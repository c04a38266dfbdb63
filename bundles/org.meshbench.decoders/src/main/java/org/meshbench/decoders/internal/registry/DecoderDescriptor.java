package org.meshbench.decoders.internal.registry;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.meshbench.decoders.Decoder;
import org.meshbench.decoders.PayloadEncoder;

/**
 * A declared decoder and its run-time state: the lazily created instances, whether it may run,
 * and its fault count. Thread-safe.
 */
final class DecoderDescriptor {

    static final String DISABLED_BY_USER = "disabled by the user";

    private final DecoderDeclaration declaration;
    private final String contributorId;
    private final Object extensionKey;
    private final AtomicReference<String> disabledReason = new AtomicReference<>();
    private final AtomicInteger consecutiveFaults = new AtomicInteger();
    private Decoder decoder;
    private PayloadEncoder encoder;

    DecoderDescriptor(DecoderDeclaration declaration, String contributorId, Object extensionKey) {
        this.declaration = declaration;
        this.contributorId = contributorId;
        this.extensionKey = extensionKey;
    }

    DecoderDeclaration declaration() { return declaration; }

    String id() { return declaration.id(); }

    String contributorId() { return contributorId; }

    Object extensionKey() { return extensionKey; }

    /** Creates the decoder on first use, so that plug-ins load only when their format shows up. */
    synchronized Decoder decoder() throws ContributionException {
        if (decoder == null) {
            decoder = create(declaration.decoderClass(), Decoder.class, "class");
        }
        return decoder;
    }

    synchronized PayloadEncoder encoder() throws ContributionException {
        if (encoder == null) {
            ClassFactory factory = declaration.encoderClass().orElseThrow(() ->
                    new ContributionException("decoder " + id() + " declares no encoder"));
            encoder = create(factory, PayloadEncoder.class, "encoder");
        }
        return encoder;
    }

    boolean isEnabled() { return disabledReason.get() == null; }

    Optional<String> disabledReason() { return Optional.ofNullable(disabledReason.get()); }

    void enable() {
        consecutiveFaults.set(0);
        disabledReason.set(null);
    }

    void disable(String reason) { disabledReason.set(reason); }

    /** @return whether this call disabled it (so that only one caller reports it) */
    boolean disableIfEnabled(String reason) {
        return disabledReason.compareAndSet(null, reason);
    }

    int recordFault() { return consecutiveFaults.incrementAndGet(); }

    void recordHealthyCall() { consecutiveFaults.set(0); }

    private <T> T create(ClassFactory factory, Class<T> type, String attribute)
            throws ContributionException {
        Object created;
        try {
            created = factory.create();
        } catch (Exception | LinkageError e) {
            throw new ContributionException("cannot create the " + attribute + " of decoder " + id()
                    + " from plug-in " + contributorId + ": " + e, e);
        }
        if (!type.isInstance(created)) {
            throw new ContributionException("the " + attribute + " of decoder " + id() + " from plug-in "
                    + contributorId + " is a " + created.getClass().getName() + ", not a " + type.getName());
        }
        return type.cast(created);
    }
}
