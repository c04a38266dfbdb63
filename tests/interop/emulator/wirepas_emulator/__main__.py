"""python -m wirepas_emulator --port P [--host H] [--gateways N] [--sinks M] [--prefix pyemu-gw] [--seed S]

Runs emulated gateways until SIGTERM or Ctrl-C, then publishes OFFLINE for each and disconnects; prints one line
when they are all online. For scenarios that drive Meshbench against gateways it did not simulate itself."""

import argparse
import logging
import signal
import sys
import threading

from .gateway import EmulatedGateway


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m wirepas_emulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--gateways", type=int, default=1)
    parser.add_argument("--sinks", type=int, default=1)
    parser.add_argument("--prefix", default="pyemu-gw")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    gateways = [EmulatedGateway(args.host, args.port, "%s-%d" % (args.prefix, i),
                                ["sink%d" % s for s in range(args.sinks)], seed=args.seed)
                for i in range(args.gateways)]
    for gateway in gateways:
        gateway.start()
    print("emulating gateways %s on %s:%d; stop with SIGTERM or Ctrl-C"
          % (", ".join(g.gw_id for g in gateways), args.host, args.port), flush=True)
    stop.wait()
    for gateway in gateways:
        gateway.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
