"""After run.sh stopped the simulator with SIGTERM: it ended in time, each gateway published a retained OFFLINE
status (decoded with the official codec, seen by the official library) and disconnected cleanly (not a last will)."""

import os
import re

import pytest
import wirepas_mesh_messaging as wmm
from wirepas_mqtt_library import WirepasNetworkInterface

from interop.mqtt_raw import RawClient

STOP_BOUND_S = 20


def test_simulator_ended_on_sigterm(settings):
    ended = os.environ.get("INTEROP_SIM_ENDED")
    seconds = float(os.environ.get("INTEROP_SIM_STOP_SECONDS", "nan"))
    code = os.environ.get("INTEROP_SIM_EXIT_CODE")
    assert ended == "yes", "the simulator did not end within %d s of SIGTERM and was killed" % STOP_BOUND_S
    assert seconds <= STOP_BOUND_S
    # A JVM ended by SIGTERM exits with 128+15 once its shutdown hooks ran; 0 would do too.
    assert code in ("0", "143"), "exit code %s" % code


def test_each_gateway_left_a_retained_offline_status(settings):
    client = RawClient(settings.broker_host, settings.broker_port, subscriptions=("gw-event/status/+",),
                       name="interop-offline")
    try:
        wanted = {"gw-event/status/" + gw for gw in settings.gateway_ids}
        messages = client.wait_for(
            lambda ms: ms if wanted <= {m[1] for m in ms} else None, 10, "a retained status of every gateway")
    finally:
        client.close()
    for _, topic, payload, retain, _ in messages:
        if topic not in wanted:
            continue
        assert retain, "%s is not retained" % topic
        status = wmm.StatusEvent.from_payload(payload)
        assert status.gw_id == topic.rsplit("/", 1)[1]
        assert status.state == wmm.GatewayState.OFFLINE, "%s: %s" % (topic, status.state)


def test_official_library_sees_every_gateway_offline(settings):
    wni = WirepasNetworkInterface(settings.broker_host, settings.broker_port, None, None, insecure=True)
    try:
        online = set(wni.get_gateways())
        known = set(wni.get_gateways(only_online=False))
        sinks = wni.get_sinks()
    finally:
        wni.close()
    ours = set(settings.gateway_ids)
    assert not ours & online, "still ONLINE: %s" % sorted(ours & online)
    assert ours <= known
    assert not [s for s in sinks if s[0] in ours], "get_sinks() lists sinks of offline gateways"


def test_each_gateway_disconnected_cleanly(settings):
    if not settings.mosquitto_log or not os.path.exists(settings.mosquitto_log):
        pytest.fail("no Mosquitto log (INTEROP_MOSQUITTO_LOG)")
    with open(settings.mosquitto_log, errors="replace") as f:
        log = f.read()
    for gw in settings.gateway_ids:
        # Mosquitto logs "Client X disconnected." after a DISCONNECT packet; a dropped connection (after which
        # the broker publishes the last will) is "Client X closed its connection." or a keep-alive timeout.
        assert re.search(r"Client %s disconnected\." % re.escape(gw), log), "%s sent no DISCONNECT" % gw
        assert not re.search(r"Client %s (closed its connection|has exceeded timeout)" % re.escape(gw), log), \
            "%s dropped its connection" % gw
