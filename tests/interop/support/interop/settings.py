"""What run.sh tells the scenarios, through INTEROP_* environment variables."""

import dataclasses
import os


@dataclasses.dataclass(frozen=True)
class Settings:
    broker_host: str
    broker_port: int
    gateways: int
    sinks: int
    nodes: int
    rate: float
    seed: int
    validation: str
    gateway_prefix: str
    out_dir: str
    product_dir: str
    mosquitto_log: str

    @property
    def broker_url(self):
        return "tcp://%s:%d" % (self.broker_host, self.broker_port)

    @property
    def gateway_ids(self):
        return ["%s-%d" % (self.gateway_prefix, i) for i in range(self.gateways)]

    @property
    def sink_ids(self):
        return ["sink%d" % i for i in range(self.sinks)]


def _get(name, default=None):
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError("%s is not set: run the suite through tests/interop/run.sh" % name)
    return value


def from_environment():
    """Reads the settings; the broker port is required, everything else has run.sh's defaults."""
    out_dir = _get("INTEROP_OUT_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "target"))
    return Settings(
        broker_host=_get("INTEROP_BROKER_HOST", "127.0.0.1"),
        broker_port=int(_get("INTEROP_BROKER_PORT")),
        gateways=int(_get("INTEROP_SIM_GATEWAYS", "3")),
        sinks=int(_get("INTEROP_SIM_SINKS", "2")),
        nodes=int(_get("INTEROP_SIM_NODES", "12")),
        rate=float(_get("INTEROP_SIM_RATE", "30")),
        seed=int(_get("INTEROP_SIM_SEED", "20260521")),
        validation=_get("INTEROP_SIM_VALIDATION", "official"),
        gateway_prefix=_get("INTEROP_SIM_PREFIX", "sim-gw"),
        out_dir=os.path.abspath(out_dir),
        product_dir=_get("INTEROP_PRODUCT_DIR", ""),
        mosquitto_log=_get("INTEROP_MOSQUITTO_LOG", ""),
    )
