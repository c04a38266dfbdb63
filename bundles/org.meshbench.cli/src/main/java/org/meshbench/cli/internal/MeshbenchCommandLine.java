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
import java.util.Set;
import org.meshbench.protocol.PayloadJson;
import org.meshbench.protocol.ProtocolException;
import org.meshbench.protocol.value.Bytes;

/**
 * The headless commands. Exit status: {@value #OK} on success, {@value #BAD_INPUT} when the input is wrong
 * (one line on stderr saying what and where), {@value #USAGE} when the command line itself is wrong.
 */
public final class MeshbenchCommandLine {

    static final int OK = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: meshbench decode --topic TOPIC (--hex HEX | --file PAYLOAD_FILE)
                   meshbench encode --topic TOPIC --json (JSON | @JSON_FILE)
                   meshbench simulate --broker URL [--username U --password P] [--ca F] [--gateways N --sinks M --nodes K --rate R --seed S --validation official|strict]
            decode prints the payload as canonical protobuf JSON with the .proto field names;
            encode prints the payload for that JSON as hex.""";

    private final PrintStream out;
    private final PrintStream err;
    private final PayloadJson payloadJson = new PayloadJson();

    public MeshbenchCommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
                case "decode" -> decode(CommandOptions.parse(options, Set.of("topic", "hex", "file")));
                case "encode" -> encode(CommandOptions.parse(options, Set.of("topic", "json")));
                case "simulate" -> new SimulateCommand(out).run(CommandOptions.parse(options, SimulateCommand.OPTIONS));
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
        }
    }

    private void decode(CommandOptions options) throws UsageException, BadInputException, ProtocolException {
        String topic = options.required("topic");
        byte[] payload = options.oneOf("hex", "file").equals("hex")
                ? parseHex(options.get("hex"))
                : readFile(options.get("file"));
        out.println(payloadJson.toPrettyJson(topic, payload));
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
