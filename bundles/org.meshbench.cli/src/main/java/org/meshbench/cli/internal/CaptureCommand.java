package org.meshbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.meshbench.capture.CaptureDamage;
import org.meshbench.capture.CaptureReader;
import org.meshbench.capture.CaptureSummary;
import org.meshbench.capture.CapturedMessage;
import org.meshbench.testcases.DurationText;

/**
 * {@code meshbench capture info FILE} prints the message count, time span and messages per kind of topic;
 * {@code meshbench capture dump FILE} prints one line per message: receive time, topic, payload hex. Damage is
 * reported on stderr after what could be read, and makes the exit status 1.
 */
final class CaptureCommand {

    private final PrintStream out;
    private final PrintStream err;

    CaptureCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void run(List<String> args) throws UsageException, BadInputException {
        if (args.size() != 2 || !List.of("info", "dump").contains(args.get(0))) {
            throw new UsageException("capture needs info or dump and one file");
        }
        Path file = Path.of(args.get(1));
        try (CaptureReader capture = CaptureReader.open(file)) {
            Optional<CaptureDamage> damage = args.get(0).equals("info") ? info(file, capture) : dump(capture);
            if (damage.isPresent()) {
                throw new BadInputException(file + ": " + damage.get());
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private Optional<CaptureDamage> info(Path file, CaptureReader capture) throws IOException {
        CaptureSummary summary = CaptureSummary.of(capture);
        out.println("file: " + file + (summary.compressed() ? " (gzip)" : ""));
        out.println("messages: " + summary.messages());
        summary.first().ifPresent(first -> out.println("from: " + first + " to: " + summary.last().orElseThrow()
                + " (" + DurationText.format(summary.span()) + ")"));
        summary.topics().forEach((kind, count) -> out.println("topics: " + kind + ": " + count.messages()
                + " messages on " + count.distinctTopics() + " topics"));
        return summary.damage();
    }

    private Optional<CaptureDamage> dump(CaptureReader capture) throws IOException {
        HexFormat hex = HexFormat.of();
        for (Optional<CapturedMessage> next = capture.next(); next.isPresent(); next = capture.next()) {
            CapturedMessage message = next.get();
            out.println(message.receivedAt() + " " + message.topic() + " " + hex.formatHex(message.payload()));
        }
        return capture.damage();
    }
}
