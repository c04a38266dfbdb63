"""Everything the simulator published during the session decodes with the official codec.

The capture subscribed to # before the first scenario. This scenario runs last, after a round of one request of
each kind (so that every response kind, the unsolicited ones included, is in the capture even when it runs
alone), decodes every message by its topic, counts them per kind (target/codec-counts.json) and then decodes the
same capture with the newest codec too, in its own virtualenv (the mqtt library pins the codec to 1.3.x).
"""

import json
import os
import subprocess
import time

import pytest
import wirepas_mesh_messaging as wmm

from interop import codec
from interop.library import current_config

EXPECTED_KINDS = ["status", "received_data"] + ["response:" + command for command in codec.COMMANDS] + [
    "response:get_configs:unsolicited", "response:set_config:unsolicited"]


def _request_round(raw, wni, entry):
    """One request of each kind on the traffic sink, leaving it as it was."""
    channel = current_config(wni, entry.gw, entry.sink)["network_channel"]
    requests = [
        ("get_configs", wmm.GetConfigsRequest()),
        ("get_gw_info", wmm.GetGatewayInfoRequest()),
        ("set_config", wmm.SetConfigRequest(entry.sink, {"network_channel": channel})),
        ("send_data", wmm.SendDataRequest(entry.node_address, 50, 51, 0, b"codec", sink_id=entry.sink)),
        ("otap_status", wmm.GetScratchpadStatusRequest(entry.sink)),
        ("otap_load_scratchpad", wmm.UploadScratchpadRequest(200, entry.sink, scratchpad=bytes(17))),  # refused
        ("otap_process_scratchpad", wmm.ProcessScratchpadRequest(entry.sink)),  # blank: refused
        ("otap_set_target_scratchpad", wmm.SetScratchpadTargetAndActionRequest(
            entry.sink, {"action": wmm.ScratchpadAction.ACTION_NO_OTAP})),
        ("set_configuration_data_item", wmm.SetConfigurationDataItemRequest(entry.sink, 0x77, b"codec")),
        ("get_configuration_data_item", wmm.GetConfigurationDataItemRequest(entry.sink, 0x77)),
        ("set_configuration_data_item", wmm.SetConfigurationDataItemRequest(entry.sink, 0x77, b"")),
    ]
    for command, request in requests:
        raw.request(command, entry.gw, request, sink_id=entry.sink)


@pytest.mark.last
def test_every_published_message_decodes_with_the_official_codec(capture, raw, wni, sink_for, settings):
    _request_round(raw, wni, sink_for("traffic"))
    time.sleep(2)  # traffic, and the configuration updates that follow the round
    path = os.path.join(settings.out_dir, "capture-live.jsonl")
    capture.save(path)
    with open(path) as f:
        counts, failures, problems = codec.decode_capture(f)
    with open(os.path.join(settings.out_dir, "codec-counts.json"), "w") as f:
        json.dump({"codec": wmm.__version__, "counts": dict(sorted(counts.items()))}, f, indent=1)
    print("messages per kind (codec %s): %s" % (wmm.__version__, json.dumps(dict(sorted(counts.items())))))
    assert not failures, "%d messages do not decode, first: %s" % (len(failures), failures[:5])
    assert not problems, "%d messages decode with problems, first: %s" % (len(problems), problems[:5])
    missing = [kind for kind in EXPECTED_KINDS if counts[kind] == 0]
    assert not missing, "no message of kind %s in the capture" % missing


@pytest.mark.last
def test_capture_decodes_with_the_newest_codec(settings):
    python = os.path.join(settings.out_dir, "venv-codec-latest", "bin", "python")
    if not os.path.exists(python):
        pytest.skip("no virtualenv with the newest codec (run.sh makes one from requirements-codec-latest.txt)")
    path = os.path.join(settings.out_dir, "capture-live.jsonl")
    assert os.path.exists(path), "the capture of the previous scenario is missing"
    support = os.path.join(os.path.dirname(__file__), "..", "support")
    result = subprocess.run([python, "-m", "interop.codec", path], cwd=support, capture_output=True, text=True,
                            timeout=120, env=dict(os.environ, PYTHONPATH=support))
    with open(os.path.join(settings.out_dir, "codec-latest-counts.json"), "w") as f:
        f.write(result.stdout)
    print(result.stdout[-3000:])
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
