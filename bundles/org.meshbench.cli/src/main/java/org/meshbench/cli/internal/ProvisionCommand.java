package org.meshbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.meshbench.network.NetworkClient;
import org.meshbench.network.NetworkClientFactory;
import org.meshbench.provisioning.Whitelist;
import org.meshbench.provisioning.WhitelistException;
import org.meshbench.provisioning.server.ProvisioningOptions;
import org.meshbench.provisioning.server.ProvisioningServer;
import org.meshbench.provisioning.server.ProvisioningSession;
import org.meshbench.provisioning.server.SessionState;
import org.meshbench.transport.mqtt.MqttOptions;
import org.meshbench.transport.mqtt.MqttTransportException;
import org.meshbench.transport.mqtt.settings.MqttSettings;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * {@code meshbench provision}: the provisioning server until SIGTERM or Ctrl-C. Each finished
 * session is one line on stdout: the node's address, its UID in hex and the outcome; what goes on
 * otherwise goes to stderr. Every flag but {@code --config} is a broker flag.
 */
final class ProvisionCommand {

    static final String USAGE = """
            usage: meshbench provision --config WHITELIST.yml [--settings settings.yml] [broker flags]
              --config FILE   the nodes to provision, in backend-client's whitelist format
            prints one line per finished session: NODE_ADDRESS UID_HEX OUTCOME
            broker flags:
            """ + MqttSettings.flagHelp();

    private static final Duration SERVICE_WAIT = Duration.ofSeconds(10);

    private final PrintStream out;
    private final PrintStream err;

    ProvisionCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * @param args the arguments after {@code provision}
     * @throws UsageException if {@code --config} is missing or given twice
     * @throws BadInputException if the whitelist or the broker settings are wrong
     * @throws ConnectionException if the broker cannot be reached
     */
    void run(List<String> args) throws UsageException, BadInputException, ConnectionException {
        List<String> brokerFlags = new ArrayList<>(args);
        int config = brokerFlags.indexOf("--config");
        if (config < 0 || config + 1 == brokerFlags.size() || brokerFlags.lastIndexOf("--config") != config) {
            throw new UsageException("provision needs --config WHITELIST.yml, once");
        }
        String file = brokerFlags.remove(config + 1);
        brokerFlags.remove(config);
        Whitelist whitelist = whitelist(file);
        NetworkClient client = connect(brokerFlags);
        ProvisioningServer server = ProvisioningServer.start(client, whitelist, ProvisioningOptions.DEFAULTS);
        server.addSessionListener(this::print);
        err.println("meshbench provision: " + whitelist.entries().size() + " whitelisted nodes, connected to "
                + client.mqttOptions().broker() + "; stop with SIGTERM or Ctrl-C");
        UntilStopped.await(() -> {
            server.close();
            client.close();
        }, "provision");
    }

    private void print(ProvisioningSession session) {
        if (session.state() == SessionState.DONE) {
            out.println(session.key().sourceAddress() + " " + session.uid().toHex() + " "
                    + session.outcome().orElseThrow());
        }
    }

    private static Whitelist whitelist(String file) throws BadInputException {
        try {
            return Whitelist.read(Path.of(file));
        } catch (WhitelistException | InvalidPathException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    private NetworkClient connect(List<String> brokerFlags) throws BadInputException, ConnectionException {
        MqttOptions mqtt;
        NetworkClient client;
        try {
            mqtt = BrokerFlags.read("provision", brokerFlags, err);
            client = FrameworkServices.await(NetworkClientFactory.class, SERVICE_WAIT).open(mqtt);
        } catch (SettingsException | MqttTransportException | ServicesUnavailableException e) {
            throw new BadInputException(e.getMessage());
        }
        try {
            Connections.await(client.connect(), mqtt);
            return client;
        } catch (ConnectionException e) {
            client.close();
            throw e;
        }
    }
}
