"""A Wirepas gateway emulated with the official codec (wirepas-mesh-messaging) over paho.

Every message it reads or writes goes through the official classes, so a backend that works against it speaks
the API as the official Python implementation understands it. Behaviour follows the official gateway's
transport service (inventory §3): retained ONLINE status with the sink configurations at QoS 1, last will OFFLINE
(with model and version) at QoS 2; subscriptions to its ten request topics at QoS 2; responses at QoS 2 on the
twin gw-response topic with the request id; after a change, a status half a second later (only if a configuration
changed) followed by the unsolicited responses (request id 0): get_configs with every sink, set_config per
changed sink; received data at QoS 1. With ``legacy_status`` it behaves as transport services before 1.4.3: a bare
ONLINE status, and a change on a sink itself announced only by an unsolicited set_config response.

Deliberately simple state: a sink is its configuration dictionary (the codec's keys), its configuration data
items and its scratchpad. Scenarios inspect ``requests`` (every decoded request, in order), force the next result
of a command with ``fail_next``, make nodes talk with ``emit_uplink`` and change a sink as if on site with
``change``. Sending 50→51 to any address is echoed 51→50 as the simulator does, so that round trips can be
measured against either. Requests are handled one after another on a worker thread.
"""

import functools
import logging
import queue
import random
import threading
import time

import paho.mqtt.client as mqtt
import wirepas_mesh_messaging as wmm

LOG = logging.getLogger("wirepas_emulator")
Code = wmm.GatewayResultCode

DEFAULT_FEATURES = (
    wmm.GatewayFeature.GW_FEATURE_SCRATCHPAD_CHUNK_V1,
    wmm.GatewayFeature.GW_FEATURE_CONFIGURATION_DATA_V1,
    wmm.GatewayFeature.GW_FEATURE_SINK_KEY_MANAGEMENT_V1,
)
ECHO_SRC, ECHO_DST = 50, 51
MAX_HOP_LIMIT = 15
# The official status thread waits this long after a change, to publish the changes of that time at once.
STATUS_DELAY_S = 0.5
# The sink's D-Bus API takes configuration data item endpoints as uint16.
MAX_CDD_ENDPOINT = 0xFFFF

#: command -> (request class, handler method name, True when the topic carries a sink id)
COMMANDS = {
    "get_configs": (wmm.GetConfigsRequest, "_get_configs", False),
    "get_gw_info": (wmm.GetGatewayInfoRequest, "_get_gw_info", False),
    "set_config": (wmm.SetConfigRequest, "_set_config", True),
    "send_data": (wmm.SendDataRequest, "_send_data", True),
    "otap_status": (wmm.GetScratchpadStatusRequest, "_otap_status", True),
    "otap_load_scratchpad": (wmm.UploadScratchpadRequest, "_otap_load", True),
    "otap_process_scratchpad": (wmm.ProcessScratchpadRequest, "_otap_process", True),
    "otap_set_target_scratchpad": (wmm.SetScratchpadTargetAndActionRequest, "_otap_set_target", True),
    "set_configuration_data_item": (wmm.SetConfigurationDataItemRequest, "_set_cdd_item", True),
    "get_configuration_data_item": (wmm.GetConfigurationDataItemRequest, "_get_cdd_item", True),
}

# Keys of the official config dictionary a set_config may change.
WRITABLE = ("node_role", "node_address", "network_address", "network_channel", "channel_map", "started")
APP_CONFIG = ("app_config_diag", "app_config_seq", "app_config_data")


def crc16_ccitt_false(data):
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc


class EmulatedSink:
    """One sink: its configuration (official dictionary keys), configuration data items and scratchpad."""

    def __init__(self, sink_id, rng, network_address=None):
        self.sink_id = sink_id
        self.nodes = sorted(rng.sample(range(1, 0x3FFFFF), 5))
        self.config = {
            "sink_id": sink_id,
            "node_role": 17,  # low-latency sink, as the official example configures
            "node_address": rng.randrange(0x400000, 0x7FFFFF),
            "network_address": network_address or rng.randrange(1, 0xFFFFFE),
            "network_channel": rng.randrange(1, 40),
            "app_config_diag": 60,
            "app_config_seq": 1,
            "app_config_data": b"\xf6\x7e\x00",
            "started": True,
            # Encoding keys of the current access cycle range: the codec decodes them as current_ac_range_min/max
            # but encodes them from min_ac_cur/max_ac_cur (a known asymmetry of wirepas-mesh-messaging).
            "min_ac_cur": 2000, "max_ac_cur": 8000,
            "min_ac": 2000, "max_ac": 8000, "max_mtu": 102, "min_ch": 1, "max_ch": 40, "hw_magic": 3,
            "stack_profile": 1, "app_config_max_size": 80, "are_keys_set": False,
            "firmware_version": [5, 4, 0, 0],
        }
        self.cdd = {}
        self.stored = None  # bytes of the stored scratchpad
        self.stored_seq = 0
        self.stored_type = wmm.ScratchpadType.SCRATCHPAD_TYPE_BLANK
        self.stored_status = wmm.ScratchpadStatus.SCRATCHPAD_STATUS_SUCCESS
        self.processed = {"len": 0, "crc": 0, "seq": 0}
        self.target = {"action": wmm.ScratchpadAction.ACTION_NO_OTAP}
        self.chunks = None  # (seq, total size, {offset: bytes}) of a chunked upload in progress

    def stored_info(self):
        if self.stored is None:
            return {"len": 0, "crc": 0, "seq": 0}
        return {"len": len(self.stored), "crc": crc16_ccitt_false(self.stored), "seq": self.stored_seq}

    def read_config(self):
        """The configuration as the gateway reports it (status, get_configs, set_config responses)."""
        config = dict(self.config)
        if self.cdd:
            config["configuration_data_content"] = [{"endpoint": e, "payload": p} for e, p in sorted(self.cdd.items())]
        config.update({
            "stored_scratchpad": self.stored_info(),
            "stored_status": self.stored_status,
            "stored_type": self.stored_type,
            "processed_scratchpad": dict(self.processed),
            "firmware_area_id": 2,
            "target_and_action": dict(self.target),
        })
        return config


class EmulatedGateway:
    """One gateway on a broker. ``start()`` connects and announces it; ``stop()`` publishes OFFLINE and
    disconnects; ``crash()`` drops the connection so that the broker publishes the last will."""

    def __init__(self, host, port, gw_id, sink_ids=("sink0",), seed=0, model="wirepas-emulator",
                 version="1.0.0", max_scratchpad_size=65536, features=DEFAULT_FEATURES, legacy_status=False,
                 status_delay=STATUS_DELAY_S):
        self.host, self.port, self.gw_id = host, port, gw_id
        rng = random.Random("%s/%s" % (seed, gw_id))
        self.sinks = {sink_id: EmulatedSink(sink_id, rng) for sink_id in sink_ids}
        self.model, self.version = model, version
        self.max_scratchpad_size = max_scratchpad_size
        self.features = list(features)
        self.legacy_status = legacy_status
        self.status_delay = status_delay
        self.requests = []  # (command, decoded official request) in arrival order
        self.published = []  # (topic, payload) of everything this gateway published
        self._forced = {}  # command -> result code for the next request of that command
        self._lock = threading.RLock()
        self._connected = threading.Event()
        self._stopped = False
        self._status_timer = None
        # Requests are handled off paho's network thread, as the official gateway does (a thread per request; one
        # worker here keeps them in order): paho 1.5 can deadlock when its network thread publishes while another
        # thread publishes too.
        self._work = queue.Queue()
        self._worker = threading.Thread(target=self._run_worker, name=gw_id + "-requests", daemon=True)
        self._last_configs = None  # {sink id: config} of the last status, to announce only changes
        self._client = mqtt.Client(client_id=gw_id, clean_session=True)
        self._client.will_set(self._status_topic(), self._offline_status(), qos=2, retain=True)
        self._client.on_connect = self._on_connect
        self._client.on_message = self._on_message

    # --- life cycle ------------------------------------------------------------------------------------

    def start(self, timeout=10):
        self._worker.start()
        self._client.connect(self.host, self.port, keepalive=20)
        self._client.loop_start()
        if not self._connected.wait(timeout):
            self._client.loop_stop()
            raise TimeoutError("emulated gateway %s could not connect" % self.gw_id)
        return self

    def stop(self, clear=False):
        """As the official gateway on a clean exit: OFFLINE (retained, QoS 2), then DISCONNECT. With ``clear``
        the retained status is removed instead, so that the gateway leaves no trace on a shared broker."""
        if self._stopped:
            return
        self._halt()
        status = b"" if clear else self._offline_status()
        wait_published(self._publish(self._status_topic(), status, qos=2, retain=True))
        self._client.disconnect()
        self._client.loop_stop()

    def crash(self):
        """Drops the TCP connection without DISCONNECT: the broker publishes the last will."""
        self._halt()
        self._client.loop_stop()
        self._client.socket().close()

    def clear_status(self):
        """Removes the retained status (what clear_gateway_status does), through this gateway's connection."""
        wait_published(self._publish(self._status_topic(), b"", qos=1, retain=True))

    def fail_next(self, command, code):
        """The next request of ``command`` is answered with ``code`` (a GatewayResultCode) and changes nothing."""
        with self._lock:
            self._forced[command] = code

    def requests_of(self, command):
        with self._lock:
            return [request for c, request in self.requests if c == command]

    def sink_config(self, sink_id):
        """The sink's configuration as the gateway reports it."""
        with self._lock:
            return self.sinks[sink_id].read_config()

    @property
    def stopped(self):
        return self._stopped

    def change(self, sink_id, **config):
        """A change on the sink itself that no backend requested (its stack stopped or started, a local tool
        reconfigured it), e.g. ``change("sink0", started=False)``. Announced as the gateway announces it: a status
        update, or for a legacy gateway an unsolicited set_config response."""
        with self._lock:
            sink = self.sinks[sink_id]
            sink.config.update(config)
            announcement = sink.read_config()
        if self.legacy_status:
            self._publish_unsolicited_set_config(sink_id, announcement)
        else:
            self._request_status()

    # --- traffic ---------------------------------------------------------------------------------------

    def emit_uplink(self, sink_id, source, src_ep, dst_ep, payload, destination=None, travel_time_ms=0,
                    hop_count=0, qos=0):
        sink = self.sinks[sink_id]
        network = sink.config["network_address"]
        event = wmm.ReceivedDataEvent(self.gw_id, sink_id, int(time.time() * 1000), source,
                                      destination if destination is not None else sink.config["node_address"],
                                      src_ep, dst_ep, travel_time_ms, qos, data=payload, hop_count=hop_count,
                                      network_address=network)
        topic = "gw-event/received_data/%s/%s/%d/%d/%d" % (self.gw_id, sink_id, network, src_ep, dst_ep)
        return self._publish(topic, event.payload, qos=1)

    # --- MQTT ------------------------------------------------------------------------------------------

    def _status_topic(self):
        return "gw-event/status/" + self.gw_id

    def _publish(self, topic, payload, qos, retain=False):
        with self._lock:
            self.published.append((topic, bytes(payload)))
        return self._client.publish(topic, payload, qos=qos, retain=retain)

    def _offline_status(self):
        if self.legacy_status:
            return wmm.StatusEvent(self.gw_id, wmm.GatewayState.OFFLINE).payload
        return wmm.StatusEvent(self.gw_id, wmm.GatewayState.OFFLINE, gateway_model=self.model,
                               gateway_version=self.version).payload

    def _halt(self):
        """No more status updates nor requests handled."""
        with self._lock:
            self._stopped = True
            if self._status_timer is not None:
                self._status_timer.cancel()
                self._status_timer = None
        self._work.put(None)

    def _run_worker(self):
        for task in iter(self._work.get, None):
            try:
                task()
            except Exception:  # a broken request must not stop the gateway
                LOG.exception("%s: failed to handle a request", self.gw_id)

    def _request_status(self):
        """As the official status thread: the first change schedules one update for a moment later, which covers
        every change until then. Legacy gateways announced their status only on connecting."""
        with self._lock:
            if self.legacy_status or self._stopped or self._status_timer is not None:
                return
            self._status_timer = threading.Timer(self.status_delay, self._publish_status)
            self._status_timer.daemon = True
            self._status_timer.start()

    def _publish_status(self, force=False):
        """The status, if a configuration changed since the last one (always when forced, on connecting), then the
        unsolicited responses the official gateway sends for backends that still rely on them."""
        with self._lock:
            self._status_timer = None
            if self._stopped:
                return
            configs = {sink_id: sink.read_config() for sink_id, sink in self.sinks.items()}
            before, self._last_configs = self._last_configs, configs
        # Published without holding the lock, so that paho's locks are never taken inside ours.
        if self.legacy_status:
            self._publish(self._status_topic(), wmm.StatusEvent(self.gw_id, wmm.GatewayState.ONLINE).payload,
                          qos=1, retain=True)
            return
        if configs == before and not force:
            return
        status = wmm.StatusEvent(self.gw_id, wmm.GatewayState.ONLINE, sink_configs=list(configs.values()),
                                 gateway_model=self.model, gateway_version=self.version,
                                 max_scratchpad_size=self.max_scratchpad_size, gateway_features=self.features)
        self._publish(self._status_topic(), status.payload, qos=1, retain=True)
        response = wmm.GetConfigsResponse(0, self.gw_id, Code.GW_RES_OK, list(configs.values()))
        self._publish("gw-response/get_configs/" + self.gw_id, response.payload, qos=2)
        for sink_id, config in configs.items():
            if force or (before or {}).get(sink_id) != config:
                self._publish_unsolicited_set_config(sink_id, config)

    def _publish_unsolicited_set_config(self, sink_id, config):
        response = wmm.SetConfigResponse(0, self.gw_id, Code.GW_RES_OK, sink_id, config)
        self._publish("gw-response/set_config/%s/%s" % (self.gw_id, sink_id), response.payload, qos=2)

    def _on_connect(self, client, userdata, flags, rc):
        if rc != 0:
            LOG.error("%s: connection refused (%s)", self.gw_id, rc)
            return
        client.subscribe([("gw-request/%s/%s%s" % (command, self.gw_id, "/+" if spec[2] else ""), 2)
                          for command, spec in COMMANDS.items()])
        self._work.put(self._announce_online)

    def _announce_online(self):
        self._publish_status(force=True)
        self._connected.set()

    def _on_message(self, client, userdata, message):
        self._work.put(functools.partial(self._handle, message))

    def _handle(self, message):
        parts = message.topic.split("/")
        command = parts[1] if len(parts) > 1 else None
        if command not in COMMANDS or parts[2] != self.gw_id:
            return
        request_class, handler, with_sink = COMMANDS[command]
        topic_sink = parts[3] if with_sink and len(parts) > 3 else None
        try:
            request = request_class.from_payload(message.payload)
        except wmm.wirepas_exceptions.InvalidMessageContents as e:
            # As the official gateway: contents out of range are answered INVALID_PARAM with the request id.
            LOG.info("%s: invalid %s request: %s", self.gw_id, command, e)
            self._respond_error(command, e.header["req_id"], e.header.get("sink_id"), Code.GW_RES_INVALID_PARAM)
            return
        except wmm.GatewayAPIParsingException as e:
            LOG.warning("%s: dropped an undecodable %s request: %s", self.gw_id, command, e)  # as officially
            return
        with self._lock:
            self.requests.append((command, request))
            forced = self._forced.pop(command, None)
            # As officially, the request header names the sink, except for send_data, whose topic names it.
            sink_id = (topic_sink if command == "send_data" else request.sink_id) if with_sink else None
            if forced is not None:
                self._respond_error(command, request.req_id, sink_id, forced)
                return
            if with_sink and sink_id not in self.sinks:
                if command == "get_configuration_data_item":
                    # The official handler fails on an unknown sink (NameError, inventory §3): no response.
                    LOG.warning("%s: no answer to get_configuration_data_item for unknown sink %s", self.gw_id,
                                sink_id)
                    return
                self._respond_error(command, request.req_id, sink_id, Code.GW_RES_INVALID_SINK_ID)
                return
            sink = self.sinks[sink_id] if with_sink else None
            response, changed = getattr(self, handler)(request, sink)
        self._publish("gw-response/%s/%s%s" % (command, self.gw_id, "/" + sink_id if with_sink else ""),
                      response.payload, qos=2)
        if changed:
            self._request_status()
        if command == "send_data" and response.res == Code.GW_RES_OK:
            self._echo(request, sink)

    def _respond_error(self, command, req_id, sink_id, code):
        gw = self.gw_id
        responses = {
            "get_configs": lambda: wmm.GetConfigsResponse(req_id, gw, code, []),
            "get_gw_info": lambda: wmm.GetGatewayInfoResponse(req_id, gw, code, int(time.time())),
            # As officially, a known sink's configuration is read back even when the request failed.
            "set_config": lambda: wmm.SetConfigResponse(req_id, gw, code, sink_id,
                                                        self.sinks[sink_id].read_config() if sink_id in self.sinks
                                                        else None),
            "send_data": lambda: wmm.SendDataResponse(req_id, gw, code, sink_id),
            "otap_status": lambda: wmm.GetScratchpadStatusResponse(req_id, gw, code, sink_id),
            "otap_load_scratchpad": lambda: wmm.UploadScratchpadResponse(req_id, gw, code, sink_id),
            "otap_process_scratchpad": lambda: wmm.ProcessScratchpadResponse(req_id, gw, code, sink_id),
            "otap_set_target_scratchpad": lambda: wmm.SetScratchpadTargetAndActionResponse(req_id, gw, code, sink_id),
            "set_configuration_data_item": lambda: wmm.SetConfigurationDataItemResponse(req_id, gw, code, sink_id),
            "get_configuration_data_item": lambda: wmm.GetConfigurationDataItemResponse(req_id, gw, code, sink_id),
        }
        topic = "gw-response/%s/%s%s" % (command, gw, "/" + sink_id if COMMANDS[command][2] and sink_id else "")
        self._publish(topic, responses[command]().payload, qos=2)

    def _echo(self, request, sink):
        if (request.source_endpoint, request.destination_endpoint) != (ECHO_SRC, ECHO_DST):
            return
        sources = sink.nodes if request.destination_address == 0xFFFFFFFF else [request.destination_address]
        for source in sources:
            self.emit_uplink(sink.sink_id, source, ECHO_DST, ECHO_SRC, request.data_payload, qos=request.qos)

    # --- request handlers: (response, configuration changed) -------------------------------------------

    def _get_configs(self, request, sink):
        configs = [s.read_config() for s in self.sinks.values()]
        return wmm.GetConfigsResponse(request.req_id, self.gw_id, Code.GW_RES_OK, configs), False

    def _get_gw_info(self, request, sink):
        return wmm.GetGatewayInfoResponse(request.req_id, self.gw_id, Code.GW_RES_OK, int(time.time()),
                                          gateway_model=self.model, gateway_version=self.version,
                                          max_scratchpad_size=self.max_scratchpad_size,
                                          gateway_features=self.features, implemented_api_version=2), False

    def _set_config(self, request, sink):
        new = request.new_config
        if "network_channel" in new and not sink.config["min_ch"] <= new["network_channel"] <= sink.config["max_ch"]:
            # As officially, the other fields are still written and the (last) error is reported.
            result = Code.GW_RES_INVALID_NETWORK_CHANNEL
            new = {key: value for key, value in new.items() if key != "network_channel"}
        else:
            result = Code.GW_RES_OK
        for key in WRITABLE:
            if key in new:
                sink.config[key] = new[key]
        if all(key in new for key in APP_CONFIG):  # officially only written when all three are present
            for key in APP_CONFIG:
                sink.config[key] = new[key]
        if any(key in new for key in ("cipher_key", "authentication_key", "network_keys")):
            sink.config["are_keys_set"] = True
        return wmm.SetConfigResponse(request.req_id, self.gw_id, result, sink.sink_id, sink.read_config()), True

    def _send_data(self, request, sink):
        if request.hop_limit > MAX_HOP_LIMIT:
            code = Code.GW_RES_INVALID_MAX_HOP_COUNT
        elif not sink.config["started"]:
            code = Code.GW_RES_INVALID_SINK_STATE
        elif len(request.data_payload) > sink.config["max_mtu"]:
            code = Code.GW_RES_INVALID_DATA_PAYLOAD
        else:
            code = Code.GW_RES_OK
        return wmm.SendDataResponse(request.req_id, self.gw_id, code, sink.sink_id), False

    def _otap_status(self, request, sink):
        return wmm.GetScratchpadStatusResponse(
            request.req_id, self.gw_id, Code.GW_RES_OK, sink.sink_id, stored_scratchpad=sink.stored_info(),
            stored_status=sink.stored_status, stored_type=sink.stored_type,
            processed_scratchpad=dict(sink.processed), firmware_area_id=2,
            target_scratchpad_and_action=dict(sink.target)), False

    def _otap_load(self, request, sink):
        def response(code):
            return wmm.UploadScratchpadResponse(request.req_id, self.gw_id, code, sink.sink_id)

        if request.scratchpad is None:  # clear
            sink.stored, sink.chunks = None, None
            sink.stored_type = wmm.ScratchpadType.SCRATCHPAD_TYPE_BLANK
            return response(Code.GW_RES_OK), True
        if request.chunk_info is None:
            # As officially, max_scratchpad_size is only announced, never checked; a whole upload drops a pending
            # chunked one.
            sink.chunks = None
            self._store(sink, request.seq, bytes(request.scratchpad))
            return response(Code.GW_RES_OK), True
        # As the official gateway: a new seq or total size, or offset 0, starts over; complete when the pieces
        # cover the total size.
        total, offset = request.chunk_info["total_size"], request.chunk_info["offset"]
        if sink.chunks is None or sink.chunks[:2] != (request.seq, total) or offset == 0:
            sink.chunks = (request.seq, total, {})
        sink.chunks[2][offset] = bytes(request.scratchpad)
        if sum(len(piece) for piece in sink.chunks[2].values()) < total:
            return response(Code.GW_RES_OK), False
        image = b"".join(piece for _, piece in sorted(sink.chunks[2].items()))[:total]
        sink.chunks = None
        self._store(sink, request.seq, image)
        return response(Code.GW_RES_OK), True

    @staticmethod
    def _store(sink, seq, image):
        sink.stored, sink.stored_seq = image, seq
        sink.stored_type = wmm.ScratchpadType.SCRATCHPAD_TYPE_PRESENT
        sink.stored_status = wmm.ScratchpadStatus.SCRATCHPAD_STATUS_NEW

    def _otap_process(self, request, sink):
        if sink.stored is None:
            code, changed = Code.GW_RES_NO_SCRATCHPAD_PRESENT, False
        else:
            # No reboot delay here: the sink runs the image at once.
            sink.processed = sink.stored_info()
            sink.stored_type = wmm.ScratchpadType.SCRATCHPAD_TYPE_PROCESS
            sink.stored_status = wmm.ScratchpadStatus.SCRATCHPAD_STATUS_SUCCESS
            version = sink.config["firmware_version"]
            sink.config["firmware_version"] = version[:3] + [version[3] + 1]
            code, changed = Code.GW_RES_OK, True
        return wmm.ProcessScratchpadResponse(request.req_id, self.gw_id, code, sink.sink_id), changed

    def _otap_set_target(self, request, sink):
        target = request.target
        delayed = target["action"] == wmm.ScratchpadAction.ACTION_PROPAGATE_AND_PROCESS_WITH_DELAY
        if delayed and "delay" not in target and "param" not in target:
            code = Code.GW_RES_INVALID_PARAM
        else:
            sink.target = dict(target)
            code = Code.GW_RES_OK
        return wmm.SetScratchpadTargetAndActionResponse(request.req_id, self.gw_id, code, sink.sink_id), \
            code == Code.GW_RES_OK

    def _set_cdd_item(self, request, sink):
        if request.cdc_endpoint > MAX_CDD_ENDPOINT:  # the official gateway's OverflowError towards D-Bus
            return wmm.SetConfigurationDataItemResponse(request.req_id, self.gw_id, Code.GW_RES_INVALID_DEST_ENDPOINT,
                                                        sink.sink_id), False
        if request.cdc_payload:
            sink.cdd[request.cdc_endpoint] = bytes(request.cdc_payload)
        else:
            sink.cdd.pop(request.cdc_endpoint, None)
        return wmm.SetConfigurationDataItemResponse(request.req_id, self.gw_id, Code.GW_RES_OK, sink.sink_id), True

    def _get_cdd_item(self, request, sink):
        payload = sink.cdd.get(request.cdc_endpoint)
        if request.cdc_endpoint > MAX_CDD_ENDPOINT:
            code = Code.GW_RES_INVALID_DEST_ENDPOINT
        elif payload is None:
            # The official gateway answers OK only with the item: the sink refuses an endpoint without one
            # (c-mesh-api: result 1 "invalid endpoint" -> APP_RES_INVALID_VALUE -> INVALID_PARAM).
            code = Code.GW_RES_INVALID_PARAM
        else:
            return wmm.GetConfigurationDataItemResponse(request.req_id, self.gw_id, Code.GW_RES_OK, sink.sink_id,
                                                        cdc_endpoint=request.cdc_endpoint, cdc_payload=payload), False
        return wmm.GetConfigurationDataItemResponse(request.req_id, self.gw_id, code, sink.sink_id), False


def wait_published(info, timeout=10):
    deadline = time.monotonic() + timeout
    while not info.is_published():
        if time.monotonic() > deadline:
            raise TimeoutError("publication not acknowledged within %d s" % timeout)
        time.sleep(0.01)
