"""MQTT properties of what the simulated gateways published during the session, as the official gateway publishes
(inventory §0): status QoS 1 retained, received data QoS 1, responses QoS 2, never retained but the status; and
received-data event ids unique (no failure injection runs here, so there is no redelivery)."""

import collections

import pytest
import wirepas_mesh_messaging as wmm

# The capture subscribes at QoS 2, so each message arrives at the QoS its publisher used.
EXPECTED_QOS = {"gw-event/status": 1, "gw-event/received_data": 1, "gw-response": 2}


def _family(topic):
    parts = topic.split("/")
    return "gw-response" if parts[0] == "gw-response" else "/".join(parts[:2])


def _simulated(topic, settings):
    parts = topic.split("/")
    return len(parts) > 2 and parts[2] in settings.gateway_ids


@pytest.mark.last
def test_qos_and_retain_per_topic_family(capture, settings):
    wrong = collections.Counter()
    seen = collections.Counter()
    for _, topic, payload, retain, qos in capture.messages():
        family = _family(topic)
        if family not in EXPECTED_QOS or not _simulated(topic, settings):
            continue
        seen[family] += 1
        if qos != EXPECTED_QOS[family]:
            wrong["%s at QoS %d" % (family, qos)] += 1
        if retain and family != "gw-event/status":
            wrong["%s retained" % family] += 1
    assert set(seen) == set(EXPECTED_QOS), "nothing captured of %s" % (set(EXPECTED_QOS) - set(seen))
    assert not wrong, dict(wrong)


@pytest.mark.last
def test_received_data_event_ids_are_unique(capture):
    ids = collections.Counter()
    for _, topic, payload, _, _ in capture.messages():
        if topic.startswith("gw-event/received_data/"):
            ids[wmm.ReceivedDataEvent.from_payload(payload).event_id] += 1
    assert ids, "no received data captured"
    duplicates = {event_id: n for event_id, n in ids.items() if n > 1}
    assert not duplicates, "%d event ids repeat, e.g. %s" % (len(duplicates), list(duplicates.items())[:3])
