"""Decoding by topic with the official codec (wirepas-mesh-messaging), plus the checks a strict reader makes.

``decode(topic, payload)`` picks the official class from the topic, as the official library does, decodes the
payload with it and returns a :class:`Decoded`. A payload the official class rejects raises
:class:`DecodeFailure`. What decodes but is not right is listed in ``Decoded.problems``:

- a required field (proto2) missing anywhere in the message, which the Python parser lets through but a C++ or
  Java parser rejects;
- fields unknown to the official proto definitions;
- a header that contradicts the topic (gateway id, sink id; network address and endpoints of received data).

This module only imports the official codec and the standard library, so that it runs with any codec version
(``python -m interop.codec capture.jsonl`` decodes a capture file with whatever codec is installed).
"""

import collections
import json
import sys

import wirepas_mesh_messaging as wmm
from wirepas_mesh_messaging.proto import GenericMessage

try:
    from google.protobuf import unknown_fields as _unknown_fields
except ImportError:  # protobuf < 4.22
    _unknown_fields = None

#: request command -> (request class, response class, True when the topic carries a sink id)
COMMANDS = {
    "get_configs": (wmm.GetConfigsRequest, wmm.GetConfigsResponse, False),
    "get_gw_info": (wmm.GetGatewayInfoRequest, wmm.GetGatewayInfoResponse, False),
    "set_config": (wmm.SetConfigRequest, wmm.SetConfigResponse, True),
    "send_data": (wmm.SendDataRequest, wmm.SendDataResponse, True),
    "otap_status": (wmm.GetScratchpadStatusRequest, wmm.GetScratchpadStatusResponse, True),
    "otap_load_scratchpad": (wmm.UploadScratchpadRequest, wmm.UploadScratchpadResponse, True),
    "otap_process_scratchpad": (wmm.ProcessScratchpadRequest, wmm.ProcessScratchpadResponse, True),
    "otap_set_target_scratchpad": (wmm.SetScratchpadTargetAndActionRequest,
                                   wmm.SetScratchpadTargetAndActionResponse, True),
    "set_configuration_data_item": (wmm.SetConfigurationDataItemRequest,
                                    wmm.SetConfigurationDataItemResponse, True),
    "get_configuration_data_item": (wmm.GetConfigurationDataItemRequest,
                                    wmm.GetConfigurationDataItemResponse, True),
}


class DecodeFailure(Exception):
    """The official codec could not decode a payload, or the topic is not an API topic."""


Decoded = collections.namedtuple("Decoded", "kind message problems")


def request_topic(command, gw_id, sink_id=None):
    return "gw-request/%s/%s" % (command, gw_id) + ("/%s" % sink_id if COMMANDS[command][2] else "")


def response_topic(command, gw_id, sink_id=None):
    return "gw-response/%s/%s" % (command, gw_id) + ("/%s" % sink_id if COMMANDS[command][2] else "")


def _missing_required(payload):
    generic = GenericMessage()
    generic.ParseFromString(payload)
    errors = []
    if not generic.IsInitialized(errors):
        return errors
    return []


def _unknown_paths(message, path="GenericMessage"):
    if _unknown_fields is None:
        return []
    found = []
    unknown = _unknown_fields.UnknownFieldSet(message)
    for index in range(len(unknown)):
        found.append("%s: unknown field %d" % (path, unknown[index].field_number))
    for field, value in message.ListFields():
        if field.type != field.TYPE_MESSAGE:
            continue
        # protobuf 6 dropped FieldDescriptor.label in favour of is_repeated; older ones have only label.
        repeated = field.is_repeated if hasattr(field, "is_repeated") else field.label == field.LABEL_REPEATED
        values = value if repeated else [value]
        for i, item in enumerate(values):
            found.extend(_unknown_paths(item, "%s.%s%s" % (path, field.name, "[%d]" % i if repeated else "")))
    return found


def structural_problems(payload):
    """Required fields missing anywhere, and fields unknown to the official proto files."""
    generic = GenericMessage()
    generic.ParseFromString(payload)
    problems = ["missing required field %s" % e for e in _missing_required(payload)]
    problems.extend(_unknown_paths(generic))
    return problems


def _check(problems, condition, text):
    if not condition:
        problems.append(text)


def decode(topic, payload):
    """Decodes ``payload`` with the official class its topic calls for.

    :return: Decoded(kind, message, problems); kind is ``status``, ``status:cleared`` (an empty retained
        payload), ``received_data``, ``request:<cmd>``, ``response:<cmd>`` or ``response:<cmd>:unsolicited``
        (request id 0)
    :raises DecodeFailure: the codec rejected the payload, or the topic is not a backend-to-gateway topic
    """
    parts = topic.split("/")
    problems = []
    try:
        if parts[0] == "gw-event" and len(parts) == 3 and parts[1] == "status":
            if len(payload) == 0:
                return Decoded("status:cleared", None, [])
            message = wmm.StatusEvent.from_payload(payload)
            kind = "status"
            _check(problems, message.gw_id == parts[2], "gw_id %r differs from topic" % message.gw_id)
            _check(problems, message.version == 1, "status version %r" % message.version)
        elif parts[0] == "gw-event" and len(parts) == 7 and parts[1] == "received_data":
            message = wmm.ReceivedDataEvent.from_payload(payload)
            kind = "received_data"
            _, _, gw, sink, network, src_ep, dst_ep = parts
            _check(problems, message.gw_id == gw, "gw_id %r differs from topic" % message.gw_id)
            _check(problems, message.sink_id == sink, "sink_id %r differs from topic" % message.sink_id)
            _check(problems, message.network_address is None or str(message.network_address) == network,
                   "network_address %r differs from topic" % message.network_address)
            _check(problems, str(message.source_endpoint) == src_ep, "source endpoint differs from topic")
            _check(problems, str(message.destination_endpoint) == dst_ep,
                   "destination endpoint differs from topic")
            _check(problems, (message.data_payload is None) != (message.data_size is None),
                   "exactly one of payload and payload_size must be present")
        elif parts[0] in ("gw-request", "gw-response") and len(parts) >= 3 and parts[1] in COMMANDS:
            request_class, response_class, with_sink = COMMANDS[parts[1]]
            if len(parts) != (4 if with_sink else 3):
                raise DecodeFailure("topic %s has the wrong number of levels" % topic)
            if parts[0] == "gw-request":
                message = request_class.from_payload(payload)
                kind = "request:" + parts[1]
                if with_sink and message.sink_id is not None:
                    _check(problems, message.sink_id == parts[3], "sink_id %r differs from topic" % message.sink_id)
            else:
                message = response_class.from_payload(payload)
                kind = "response:" + parts[1] + (":unsolicited" if message.req_id == 0 else "")
                _check(problems, message.gw_id == parts[2], "gw_id %r differs from topic" % message.gw_id)
                if with_sink and message.sink_id is not None:  # the header's sink id is optional
                    _check(problems, message.sink_id == parts[3], "sink_id %r differs from topic" % message.sink_id)
        else:
            raise DecodeFailure("not a backend-to-gateway API topic: %s" % topic)
    except DecodeFailure:
        raise
    except Exception as e:  # the codec raises GatewayAPIParsingException, but also RuntimeError, ValueError, ...
        raise DecodeFailure("%s on %s: %s: %s" % (topic, payload.hex()[:80], type(e).__name__, e)) from e
    problems.extend(structural_problems(payload))
    return Decoded(kind, message, problems)


def decode_capture(lines, gateway_messages_only=True):
    """Decodes every captured message (JSON lines with ``topic`` and ``payload`` in hex).

    :param gateway_messages_only: skip requests (what backends publish, the suite's deliberately malformed ones
        included) and decode only what gateways publish (gw-event/..., gw-response/...)
    :return: (counts per kind, list of failures, list of problems), failures and problems as strings
    """
    counts = collections.Counter()
    failures = []
    problems = []
    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        if gateway_messages_only and record["topic"].startswith("gw-request/"):
            counts["skipped:request"] += 1
            continue
        payload = bytes.fromhex(record["payload"])
        try:
            decoded = decode(record["topic"], payload)
        except DecodeFailure as e:
            counts["failed"] += 1
            failures.append(str(e))
            continue
        counts[decoded.kind] += 1
        for problem in decoded.problems:
            problems.append("%s: %s" % (record["topic"], problem))
    return counts, failures, problems


def main(argv):
    """Decodes a capture file with the installed codec and prints a JSON summary; exit 1 on any failure."""
    with open(argv[1]) as f:
        counts, failures, problems = decode_capture(f)
    print(json.dumps({"codec": wmm.__version__, "counts": dict(sorted(counts.items())),
                      "failures": failures[:50], "problems": problems[:50]}, indent=1))
    return 1 if failures or problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
