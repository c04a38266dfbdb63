"""python -m wirepas_emulator --port P [--host H] [--gateways N] [--sinks M] [--prefix pyemu-gw] [--seed S] [--control]

Runs emulated gateways until SIGTERM or Ctrl-C, then publishes OFFLINE for each and disconnects; prints one line
when they are all online. For scenarios that drive Meshbench against gateways it did not simulate itself.

With --control, another process drives the gateways through stdin and stdout (control.py describes the
commands); --gateways defaults to 0 then, and the end of stdin ends the process like SIGTERM."""

import argparse
import logging
import os
import signal
import sys
import threading

from .control import Controller
from .gateway import EmulatedGateway


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m wirepas_emulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--gateways", type=int, default=None, help="default 1, or 0 with --control")
    parser.add_argument("--sinks", type=int, default=1)
    parser.add_argument("--prefix", default="pyemu-gw")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--control", action="store_true", help="read commands on stdin, answer on stdout")
    args = parser.parse_args(argv)
    count = args.gateways if args.gateways is not None else (0 if args.control else 1)
    # The control answers own stdout; everything else printed (the codec's own warnings) goes to stderr.
    answers = _take_stdout() if args.control else sys.stdout
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    controller = Controller(args.host, args.port)
    for i in range(count):
        answer = controller.execute("start gw=%s-%d sinks=%s seed=%d" % (
            args.prefix, i, ",".join("sink%d" % s for s in range(args.sinks)), args.seed))
        if answer[-1] != "ok":
            print("wirepas_emulator: %s" % answer[-1], file=sys.stderr)
            controller.stop_all()
            return 1
    if args.control:
        threading.Thread(target=_serve, args=(controller, answers, stop), name="control", daemon=True).start()
    else:
        print("emulating gateways %s on %s:%d; stop with SIGTERM or Ctrl-C"
              % (", ".join(controller.gateways), args.host, args.port), flush=True)
    stop.wait()
    controller.stop_all()
    return 0


def _take_stdout():
    """A private handle on the real stdout; file descriptor 1 and sys.stdout then write to stderr."""
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w", buffering=1)
    sys.stdout.flush()
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    return answers


def _serve(controller, answers, stop):
    answers.write("ready\n")
    answers.flush()
    for line in sys.stdin:
        if line.strip():
            answers.write("".join(answer + "\n" for answer in controller.execute(line.strip())))
            answers.flush()
    stop.set()


if __name__ == "__main__":
    sys.exit(main())
