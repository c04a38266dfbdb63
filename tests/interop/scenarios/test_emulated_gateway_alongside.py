"""The harness for scenarios where Meshbench is the backend: a gateway emulated with the official codec joins the
suite's broker next to the simulator, answers the official library, and leaves no retained status behind."""

import time

import wirepas_mesh_messaging as wmm

from interop.mqtt_raw import RawClient
from interop.waits import wait_until

GW = "pyemu-gw-0"


def test_emulated_gateway_alongside_the_simulator(wni, settings, emulated_gateway):
    gateway = emulated_gateway(GW, ["sink0"])
    wait_until(lambda: GW in wni.get_gateways(), 10, "the emulated gateway ONLINE")
    assert set(settings.gateway_ids) <= set(wni.get_gateways())
    assert wni.send_message(GW, "sink0", 1, 1, 1, b"hello") == wmm.GatewayResultCode.GW_RES_OK
    assert gateway.requests_of("send_data")[-1].data_payload == b"hello"
    gateway.stop(clear=True)
    wait_until(lambda: GW not in wni.get_gateways(only_online=False), 10, "the emulated gateway forgotten")
    client = RawClient(settings.broker_host, settings.broker_port, subscriptions=("gw-event/status/" + GW,),
                       name="interop-retained")
    try:
        time.sleep(0.5)
        assert client.messages() == [], "a retained status of %s is left" % GW
    finally:
        client.close()
