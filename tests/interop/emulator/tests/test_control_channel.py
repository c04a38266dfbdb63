"""The control channel (python -m wirepas_emulator --control) that the network service's Java scenarios drive:
commands on stdin, answers on stdout, a clean OFFLINE when stdin ends. On a private Mosquitto."""

import os
import subprocess
import sys

import pytest
import wirepas_mesh_messaging as wmm

from interop.broker import Mosquitto
from interop.mqtt_raw import RawClient

Code = wmm.GatewayResultCode
EMULATOR_DIR = os.path.join(os.path.dirname(__file__), "..")


@pytest.fixture
def broker(tmp_path):
    with Mosquitto(str(tmp_path / "control-broker")) as running:
        yield running


class Driver:
    """The emulator process; ``send(line)`` returns its answer lines, the final ok/error line included."""

    def __init__(self, port):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "wirepas_emulator", "--port", str(port), "--control"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env=dict(os.environ, PYTHONPATH=EMULATOR_DIR))
        # Lines before "ready" are the packages' own output at import time.
        while self.process.stdout.readline().strip() != "ready":
            assert self.process.poll() is None, "the emulator ended before it was ready"

    def send(self, line):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = [self.process.stdout.readline().rstrip("\n")]
        while answer[-1].startswith("= "):
            answer.append(self.process.stdout.readline().rstrip("\n"))
        return answer

    def close(self):
        self.process.stdin.close()
        try:
            return self.process.wait(10)
        finally:
            if self.process.poll() is None:
                self.process.kill()


@pytest.fixture
def driver(broker):
    running = Driver(broker.port)
    yield running
    if running.process.poll() is None:
        running.close()


def fields(data_line):
    assert data_line.startswith("= ")
    return dict(pair.split("=", 1) for pair in data_line[2:].split())


def test_commands_and_answers(broker, driver):
    assert driver.send("start gw=ctl-gw sinks=sink0,sink1 max_scratchpad_size=512 features=CONFIGURATION_DATA_V1") \
        == ["ok"]
    config = fields(driver.send("config gw=ctl-gw sink=sink1")[0])
    assert (config["sink_id"], config["started"], config["stored_type"]) == ("sink1", "true", "SCRATCHPAD_TYPE_BLANK")

    raw = RawClient("127.0.0.1", broker.port, subscriptions=("gw-response/#",), name="control-test")
    try:
        assert driver.send("fail_next gw=ctl-gw command=send_data code=SINK_OUT_OF_MEMORY") == ["ok"]
        request = wmm.SendDataRequest(0xFFFFFFFF, 50, 51, 1, b"\x01\x02", sink_id="sink0", hop_limit=4)
        assert raw.request("send_data", "ctl-gw", request, sink_id="sink0").res == Code.GW_RES_SINK_OUT_OF_MEMORY
    finally:
        raw.close()
    logged = driver.send("requests gw=ctl-gw command=send_data")
    assert logged[-1] == "ok" and len(logged) == 2
    assert {key: fields(logged[0])[key] for key in ("destination_address", "data_payload", "hop_limit", "req_id")} \
        == {"destination_address": "4294967295", "data_payload": "0102", "hop_limit": "4",
            "req_id": str(request.req_id)}

    assert driver.send("change gw=ctl-gw sink=sink1 started=false network_channel=0x0c") == ["ok"]
    assert fields(driver.send("config gw=ctl-gw sink=sink1")[0])["network_channel"] == "12"
    assert driver.send("start gw=ctl-gw")[0].startswith("error CommandError: gateway ctl-gw is running")
    assert driver.send("fail_next gw=ctl-gw command=send_data code=NO_SUCH_CODE")[0].startswith("error KeyError")
    assert driver.send("jump gw=ctl-gw") == ["error CommandError: unknown command 'jump'"]


def test_the_end_of_stdin_stops_the_gateways_cleanly(broker, driver):
    assert driver.send("start gw=ctl-gw-end") == ["ok"]
    assert driver.close() == 0
    retained = RawClient("127.0.0.1", broker.port, subscriptions=("gw-event/status/ctl-gw-end",), name="control-end")
    try:
        status = retained.wait_for(lambda messages: messages, 5, "the retained status")[0]
        assert wmm.StatusEvent.from_payload(status[2]).state == wmm.GatewayState.OFFLINE
    finally:
        retained.close()
