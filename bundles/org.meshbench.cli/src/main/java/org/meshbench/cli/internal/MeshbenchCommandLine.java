package org.meshbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.meshbench.decoders.DecoderRegistry;
import org.meshbench.protocol.PayloadJson;
import org.meshbench.protocol.ProtocolException;
import org.meshbench.protocol.value.Bytes;
import org.meshbench.transport.mqtt.settings.MqttSettings;
import org.meshbench.transport.mqtt.settings.SettingsException;

/**
 * The headless commands. Exit status: {@value #OK} on success, {@value #BAD_INPUT} when the input is wrong
 * (one line on stderr saying what and where), {@value #USAGE} when the command line itself is wrong or the broker cannot be reached.
 */
public final class MeshbenchCommandLine {

    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: meshbench decode --topic TOPIC (--hex HEX | --file PAYLOAD_FILE) [--apdu]
                   meshbench encode --topic TOPIC --json (JSON | @JSON_FILE)
                   meshbench decoders
                   meshbench broker [--port P | --settings F] [--password-file F] [--tls-cert PEM --tls-key PKCS8_PEM]
                   meshbench simulate [broker flags] [--gateways N --sinks M --nodes K --rate R --seed S --validation official|strict] [--provisioning WHITELIST.yml]
                   meshbench provision --config WHITELIST.yml [broker flags | --settings F]
                   meshbench record --out FILE[.gz] [--duration D] [broker flags]
                   meshbench playback FILE [--speed 1|max|N] [--loop] [broker flags]
                   meshbench capture info|dump FILE
                   meshbench cli [broker flags] [-c "CMD; CMD..."] [-f SCRIPT]
                   meshbench test --network N --tests ID[,ID...] [--param ID.KEY=VALUE]... [--junit-xml F] [--json F] [--timeout D] [broker flags] | --list
                   meshbench store --db TARGET [--shared-group G] [--persist-session --client-id ID] [broker flags | --settings F]
                   meshbench history --db TARGET (--packets | --nodes | --requests) [--from T] [--to T] [--node A] [--endpoints S:D] [--csv | --json]
            decode prints the payload as canonical protobuf JSON with the .proto field names.
              --apdu (gw-event/received_data/... topics) adds, after one blank line, the application
              payload as the installed decoders decode it, in lines starting "apdu:", "decoder: ID
              (REASON)", "summary:" or "error:", "fields:" (then one line per field: OFFSET+LENGTH
              NAME = VALUE UNIT, "-" for a computed field, children indented), "series:" and
              "alternatives:". The JSON ends at the blank line, so it can still be re-encoded. The exit
              status is 1 when the chosen decoder cannot decode the APDU (the report still shows what it could).
            encode prints the payload for that JSON as hex.
            record writes every message on the broker to a capture (gzip when FILE ends in .gz; format:
              capture-format.md in the org.meshbench.capture bundle) until --duration is over or Ctrl-C.
            playback republishes a capture with its topics, payloads, QoS and retain flags, at the
              original pacing (--speed 1), N times as fast, or as fast as the broker takes them (max).
            cli is the gateway shell (wm-gw-cli's commands; help lists them), interactive without -c and -f;
              exit status of a script: 0 all commands succeeded, 1 one failed, 2 unknown command or arguments.
            capture info prints the message count, time span and topics; dump one line per message:
              receive time, topic, payload hex.
            decoders lists the installed decoders in columns: id, name, vendor, version, bindings
              (SOURCE->DESTINATION endpoints, or heuristic), contributing bundle, enabled.
            store keeps received_data events, statuses, requests and responses in TARGET: a SQLite file,
              or jdbc:postgresql://HOST:PORT/DB?user=U&password=P (meshbench store --help says more).
            history prints what a store kept: packets (sent by node A, on endpoints S:D), one line per
              sending node, or requests with their responses; T is 2026-12-08T10:00:00Z, 2026-12-08 or
              epoch milliseconds; text columns by default.
            broker flags (a backend-client settings.yml loads as it is; without a password a terminal asks for it):
            """
            + MqttSettings.flagHelp();

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Optional<DecoderRegistry>> decoders;
    private final PayloadJson payloadJson = new PayloadJson();

    /** A command line without decoders: {@code decoders} and {@code decode --apdu} fail with status 1. */
    public MeshbenchCommandLine(PrintStream out, PrintStream err) {
        this(out, err, Optional::empty);
    }

    /**
     * @param decoders finds the decoder registry; asked only by the commands that decode APDUs
     */
    public MeshbenchCommandLine(PrintStream out, PrintStream err, Supplier<Optional<DecoderRegistry>> decoders) {
        this.out = out;
        this.err = err;
        this.decoders = decoders;
    }

    /**
     * @param args the command and its options
     * @return the process exit status
     */
    public int run(String... args) {
        if (args.length == 0 || Set.of("help", "-h", "--help").contains(args[0])) {
            (args.length == 0 ? err : out).println(USAGE_TEXT);
            return args.length == 0 ? USAGE : OK;
        }
        List<String> options = Arrays.asList(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "decode" ->
                    decode(CommandOptions.parse(options, Set.of("topic", "hex", "file"), Set.of("apdu")));
                case "decoders" -> {
                    CommandOptions.parse(options, Set.of()); // rejects any option
                    DecodersCommand.print(registry(), out);
                }
                case "encode" -> encode(CommandOptions.parse(options, Set.of("topic", "json")));
                case "broker" -> new BrokerCommand(out, err).run(CommandOptions.parse(options, BrokerCommand.OPTIONS));
                case "simulate" -> new SimulateCommand(out, err).run(
                        CommandOptions.parseWithBrokerFlags(options, SimulateCommand.OPTIONS, Set.of()));
                case "record" -> new RecordCommand(out, err).run(
                        CommandOptions.parseWithBrokerFlags(options, RecordCommand.OPTIONS, Set.of()));
                case "playback" -> new PlaybackCommand(out, err).run(positional(options, "playback FILE"),
                        CommandOptions.parseWithBrokerFlags(options.subList(1, options.size()),
                                PlaybackCommand.OPTIONS, PlaybackCommand.FLAGS));
                case "capture" -> new CaptureCommand(out, err).run(options);
                case "cli" -> {
                    return new ShellCommand(out, err, decoders).run(options);
                }
                case "test" -> { return new TestCommand(TestServices::fromFramework, out, err).run(options); }
                case "provision" -> new ProvisionCommand(out, err).run(options);
                case "store" -> { return store(options); }
                case "history" -> new HistoryCommand(out).run(
                        CommandOptions.parse(options, HistoryCommand.OPTIONS, HistoryCommand.FLAGS));
                default -> throw new UsageException("unknown command " + args[0]);
            }
            return OK;
        } catch (UsageException e) {
            err.println("meshbench: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        } catch (BadInputException | ProtocolException e) {
            err.println("meshbench: " + e.getMessage());
            return BAD_INPUT;
        } catch (SettingsException | ConnectionException | ServicesUnavailableException e) {
            err.println("meshbench: " + e.getMessage());
            return USAGE;
        }
    }

    private int store(List<String> options) {
        if (options.contains("--help")) {
            out.println(StoreCommand.USAGE);
            return OK;
        }
        return new StoreCommand(out, err, decoders.get()).run(options);
    }

    private void decode(CommandOptions options) throws UsageException, BadInputException, ProtocolException {
        String topic = options.required("topic");
        byte[] payload = options.oneOf("hex", "file").equals("hex")
                ? parseHex(options.get("hex"))
                : readFile(options.get("file"));
        String json = payloadJson.toPrettyJson(topic, payload);
        ApduReport apdu = options.flag("apdu") ? ApduReport.of(ReceivedApdu.of(topic, payload), registry()) : null;
        out.println(json);
        if (apdu != null) {
            out.println();
            out.print(apdu.text());
            // The report shows what the decoder could; a vendor's CI still needs to see that it failed.
            if (apdu.failure().isPresent()) {
                throw new BadInputException(apdu.failure().get());
            }
        }
    }

    /** @return the first argument as a file, when it is not an option */
    private static Path positional(List<String> options, String usage) throws UsageException {
        if (options.isEmpty() || options.get(0).startsWith("--")) {
            throw new UsageException("usage: meshbench " + usage + " ...");
        }
        try {
            return Path.of(options.get(0));
        } catch (InvalidPathException e) {
            throw new UsageException(options.get(0) + ": " + e.getMessage());
        }
    }

    private DecoderRegistry registry() throws BadInputException {
        return decoders.get().orElseThrow(() -> new BadInputException(
                "no decoder registry: the org.meshbench.decoders bundle is missing or did not start"));
    }

    private void encode(CommandOptions options) throws UsageException, BadInputException, ProtocolException {
        String topic = options.required("topic");
        String json = options.required("json");
        if (json.startsWith("@")) {
            json = new String(readFile(json.substring(1)), StandardCharsets.UTF_8);
        }
        out.println(HexFormat.of().formatHex(payloadJson.fromJson(topic, json)));
    }

    private static byte[] parseHex(String hex) throws BadInputException {
        try {
            return Bytes.fromHex(hex).toByteArray();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--hex: " + e.getMessage());
        }
    }

    private static byte[] readFile(String file) throws BadInputException {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException | InvalidPathException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
