"""WirepasOtapHelper on the network of one sink, as example_otap.py chains it: load, target and action, remote
status from the nodes (MSAP 0x19 → 0x99), processing by the nodes and by the sink, no-OTAP/legacy, and the
helper's SQLite persistence. The scenarios of this file follow each other like the steps of an OTAP."""

import os
import sqlite3
import time

import pytest
import wirepas_mesh_messaging as wmm
from wirepas_mqtt_library import WirepasOtapHelper

from interop.crc import crc16_ccitt_false
from interop.library import network_of
from interop.waits import wait_until

OK = wmm.GatewayResultCode.GW_RES_OK
IMAGE_SIZE = 69632  # a multiple of 16 over the 64 KiB the gateway accepts at once: uploaded in chunks
# Codes of the remote (MSAP) scratchpad status as the helper reports them
MSAP_TYPE_PRESENT, MSAP_STATUS_SUCCESS, MSAP_STATUS_NEW = 1, 0, 255
MSAP_ACTION = {"propagate_and_process": 2, "propagate_and_process_with_delay": 3}


class Otap:
    pass


@pytest.fixture(scope="module")
def otap(wni, sink_for, settings, tmp_path_factory):
    entry = sink_for("otap")
    state = Otap()
    state.entry = entry
    state.network = network_of(wni, entry)
    state.dir = tmp_path_factory.mktemp("otap")
    state.db = str(state.dir / "otap_status.db")
    state.helper = WirepasOtapHelper(wni, state.network, gateway=[entry.gw], persist_otap_status_file=state.db)
    state.image = os.urandom(IMAGE_SIZE)
    state.crc = crc16_ccitt_false(state.image)
    state.file = str(state.dir / "image.otap")
    with open(state.file, "wb") as f:
        f.write(state.image)
    return state


def _remote_statuses(otap, nodes, predicate, what, timeout=15):
    """Asks every node for its scratchpad status (broadcast 0x19) until each answer satisfies predicate."""
    deadline = time.monotonic() + timeout
    while True:
        assert otap.helper.send_remote_scratchpad_status() is True
        try:
            return wait_until(lambda: _all(otap, nodes, predicate), 3, what)
        except AssertionError:
            if time.monotonic() > deadline:
                raise


def _all(otap, nodes, predicate):
    statuses = otap.helper.get_current_nodes_status()
    good = {node: status for node, status in statuses.items() if predicate(status)}
    return good if len(good) == nodes else None


def test_helper_sees_the_sink_and_every_node(otap, settings):
    otap.before = _remote_statuses(otap, settings.nodes, lambda s: True, "a status from every node")
    otap.seqs_before = otap.helper.get_stored_scratchpad_seq_list()
    assert otap.seqs_before is not None


def test_load_scratchpad_to_all_sinks(otap, wni):
    # As example_otap.py: a sequence number no sink uses yet.
    otap.seq = next(s for s in range(42, 255) if s not in otap.seqs_before)
    assert otap.helper.load_scratchpad_to_all_sinks(otap.file, otap.seq, timeout=30, delay_between_sinks_s=0)
    assert otap.helper.get_stored_scratchpad_seq_list() == {otap.seq}
    res, status = wni.get_scratchpad_status(otap.entry.gw, otap.entry.sink)
    assert res == OK
    assert status["stored_scratchpad"] == {"len": IMAGE_SIZE, "crc": otap.crc, "seq": otap.seq}


def test_delayed_propagate_and_process_reaches_every_node(otap, settings):
    assert otap.helper.set_propagate_and_process_scratchpad_to_all_sinks(
        otap.seq, otap.crc, delay=wmm.ProcessingDelay.DELAY_TEN_MINUTES)
    assert otap.helper.get_target_scratchpad_seq_list() == {otap.seq}

    def propagated(status):
        return (status["seq"], status["crc"], status["length"], status["type"], status["status"]) == (
            otap.seq, otap.crc, IMAGE_SIZE, MSAP_TYPE_PRESENT, MSAP_STATUS_NEW) and (
            status["action"], status["target_seq"], status["target_crc"], status["target_delay_m"]) == (
            MSAP_ACTION["propagate_and_process_with_delay"], otap.seq, otap.crc, 10) and (
            0 < status["remaining_delay_m"] <= 10)

    _remote_statuses(otap, settings.nodes, propagated, "every node holding the image, processing in 10 min")


def test_immediate_process_boots_every_node(otap, settings, uplink):
    boots = uplink(network=otap.network, src_ep=254, dst_ep=255)
    assert otap.helper.set_propagate_and_process_scratchpad_to_all_sinks(otap.seq, otap.crc)
    boots.wait_for(lambda items: len({e.source_address for e in items}) >= settings.nodes, 20,
                   "boot diagnostics from every node")
    old_versions = {node: status["stack_version"] for node, status in otap.before.items()}

    def booted(status):
        return status["status"] == MSAP_STATUS_SUCCESS and status["seq"] == otap.seq

    after = _remote_statuses(otap, settings.nodes, booted, "every node running the processed image")
    for node, status in after.items():
        assert status["stack_version"] != old_versions[node], "node %d still runs %s" % (node, status)


def test_process_scratchpad_on_all_sinks(otap, wni):
    assert otap.helper.process_scratchpad_on_all_sinks(timeout=30)

    def processed():
        res, status = wni.get_scratchpad_status(otap.entry.gw, otap.entry.sink)
        return res == OK and status["processed_scratchpad"]["seq"] == otap.seq

    wait_until(processed, 15, "the sink's processed scratchpad")


def test_legacy_and_no_otap(otap, wni):
    assert otap.helper.set_legacy_otap_to_all_sinks()
    res, status = wni.get_scratchpad_status(otap.entry.gw, otap.entry.sink)
    assert status["target_scratchpad_and_action"]["action"] == wmm.ScratchpadAction.ACTION_LEGACY_OTAP
    assert otap.helper.set_no_otap_to_all_sinks()
    res, status = wni.get_scratchpad_status(otap.entry.gw, otap.entry.sink)
    assert status["target_scratchpad_and_action"] == {"action": wmm.ScratchpadAction.ACTION_NO_OTAP}


def test_statuses_persisted_per_node(otap, settings):
    with sqlite3.connect(otap.db) as db:
        rows = db.execute("select node_address, network_address, scratchpad_stored_seq from otapstatusdb").fetchall()
    assert len(rows) == settings.nodes
    assert {network for _, network, _ in rows} == {otap.network}
    assert {seq for _, _, seq in rows} == {otap.seq}
