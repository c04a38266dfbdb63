"""A line protocol that drives emulated gateways from another process (the network service's Java scenarios).

``python -m wirepas_emulator --port P --control`` prints ``ready``, then reads one command per line on stdin and
answers each on stdout with zero or more data lines (``= key=value ...``) followed by ``ok`` or ``error MESSAGE``.
The end of stdin stops every gateway cleanly (OFFLINE) and ends the process, so the emulator cannot outlive its
driver.

    start gw=ID [sinks=sink0,sink1] [seed=N] [features=SCRATCHPAD_CHUNK_V1,...|none] [max_scratchpad_size=N]
          [model=M] [version=V] [legacy_status=true] [status_delay=SECONDS]
    stop gw=ID                              OFFLINE status, then DISCONNECT
    crash gw=ID                             connection dropped: the broker publishes the last will
    fail_next gw=ID command=send_data code=ACCESS_DENIED
    uplink gw=ID sink=S source=N src_ep=N dst_ep=N payload=HEX [destination=N] [travel_time_ms=N] [hop_count=N]
           [qos=N]                          answered once the broker acknowledged the event
    change gw=ID sink=S KEY=VALUE...        a change on the sink itself, e.g. started=false
    requests gw=ID command=C                one data line per request of that kind, as the official codec decoded it
    config gw=ID sink=S                     one data line: the sink's configuration as the gateway reports it

Values are words without spaces. In data lines nested dictionaries become dotted keys (``chunk_info.offset``),
lists of dictionaries get an index (``configuration_data_content.0.endpoint``), bytes are hex, enums their official
names (``GW_RES_OK``, ``ACTION_PROPAGATE_ONLY``), booleans true/false, other lists comma-separated; absent
(None) values are left out. Result codes and features are given without their prefix (``ACCESS_DENIED``).
"""

import enum

import wirepas_mesh_messaging as wmm

from .gateway import EmulatedGateway, wait_published


class CommandError(Exception):
    """A command that cannot be carried out; answered with ``error`` and the message."""


def parse(line):
    """``op key=value ...`` -> (op, {key: value})."""
    words = line.split()
    if not words:
        raise CommandError("empty command")
    arguments = {}
    for word in words[1:]:
        key, separator, value = word.partition("=")
        if not separator:
            raise CommandError("expected key=value, got %r" % word)
        arguments[key] = value
    return words[0], arguments


def typed(value):
    """A value of ``change``: true/false, an integer (also 0x...) or else the text."""
    if value in ("true", "false"):
        return value == "true"
    try:
        return int(value, 0)
    except ValueError:
        return value


def flatten(value, prefix=""):
    """(key, text) pairs of a decoded value, as described in the module comment."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from flatten(item, "%s%s." % (prefix, key))
    elif isinstance(value, (list, tuple)) and value and all(isinstance(item, dict) for item in value):
        for index, item in enumerate(value):
            yield from flatten(item, "%s%d." % (prefix, index))
    elif value is not None:
        yield prefix[:-1], render(value)


def render(value):
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).hex()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, (list, tuple)):
        return ",".join(render(item) for item in value)
    return str(value)


def data_line(value):
    return "= " + " ".join("%s=%s" % pair for pair in flatten(value))


class Controller:
    """Carries out commands on the gateways it started on one broker."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.gateways = {}

    def execute(self, line):
        """Answer lines of one command; a failure is an ``error`` line, never an exception."""
        try:
            op, arguments = parse(line)
            handler = getattr(self, "_" + op, None)
            if handler is None:
                raise CommandError("unknown command %r" % op)
            return list(handler(**arguments) or []) + ["ok"]
        except (CommandError, KeyError, ValueError, TypeError, TimeoutError) as e:
            return ["error %s: %s" % (type(e).__name__, " ".join(str(e).split()))]

    def stop_all(self):
        for gateway in self.gateways.values():
            gateway.stop()

    def _gateway(self, gw):
        if gw not in self.gateways:
            raise CommandError("no gateway %s was started" % gw)
        return self.gateways[gw]

    def _start(self, gw, sinks="sink0", seed="0", features=None, max_scratchpad_size=None, model=None,
               version=None, legacy_status="false", status_delay=None):
        options = {"seed": int(seed), "legacy_status": legacy_status == "true"}
        if features is not None:
            options["features"] = [] if features == "none" else [
                wmm.GatewayFeature["GW_FEATURE_" + name] for name in features.split(",")]
        if max_scratchpad_size is not None:
            options["max_scratchpad_size"] = int(max_scratchpad_size)
        if model is not None:
            options["model"] = model
        if version is not None:
            options["version"] = version
        if status_delay is not None:
            options["status_delay"] = float(status_delay)
        if gw in self.gateways and not self.gateways[gw].stopped:
            raise CommandError("gateway %s is running" % gw)
        self.gateways[gw] = EmulatedGateway(self.host, self.port, gw, sinks.split(","), **options).start()

    def _stop(self, gw):
        self._gateway(gw).stop()

    def _crash(self, gw):
        self._gateway(gw).crash()

    def _fail_next(self, gw, command, code):
        self._gateway(gw).fail_next(command, wmm.GatewayResultCode["GW_RES_" + code])

    def _uplink(self, gw, sink, source, src_ep, dst_ep, payload, destination=None, travel_time_ms="0",
                hop_count="0", qos="0"):
        info = self._gateway(gw).emit_uplink(
            sink, int(source), int(src_ep), int(dst_ep), bytes.fromhex(payload),
            destination=int(destination) if destination is not None else None,
            travel_time_ms=int(travel_time_ms), hop_count=int(hop_count), qos=int(qos))
        wait_published(info)

    def _change(self, gw, sink, **config):
        if not config:
            raise CommandError("change needs at least one key=value")
        self._gateway(gw).change(sink, **{key: typed(value) for key, value in config.items()})

    def _requests(self, gw, command):
        return [data_line(vars(request)) for request in self._gateway(gw).requests_of(command)]

    def _config(self, gw, sink):
        return [data_line(self._gateway(gw).sink_config(sink))]
