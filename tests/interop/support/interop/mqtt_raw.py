"""A plain paho client: records what arrives on its subscriptions (captures) and sends requests built with the
official codec, for what the official library has no method for (get_gw_info, get_configuration_data_item,
requests with bad content)."""

import json
import threading
import time
import uuid

import paho.mqtt.client as mqtt

from . import codec

Captured = tuple  # (monotonic time, topic, payload bytes, retain flag, qos)


class RawClient:
    """Connects on construction (bounded), subscribes to ``subscriptions`` and records every message."""

    def __init__(self, host, port, subscriptions=("#",), name="interop-raw", timeout=10):
        self._cond = threading.Condition()
        self._messages = []
        self._subscribed = threading.Event()
        self._connected = threading.Event()
        self._client = mqtt.Client(client_id="%s-%s" % (name, uuid.uuid4().hex[:8]), clean_session=True)
        self._client.on_connect = self._on_connect
        self._client.on_message = self._on_message
        self._client.on_subscribe = lambda *args: self._subscribed.set()
        self._subscriptions = list(subscriptions)
        self._client.connect(host, port, keepalive=20)
        self._client.loop_start()
        if not self._connected.wait(timeout):
            self.close()
            raise AssertionError("raw MQTT client could not connect to %s:%d" % (host, port))
        if self._subscriptions and not self._subscribed.wait(timeout):
            self.close()
            raise AssertionError("raw MQTT client got no SUBACK for %s" % self._subscriptions)

    def _on_connect(self, client, userdata, flags, rc):
        if rc == 0:
            if self._subscriptions:
                client.subscribe([(topic, 2) for topic in self._subscriptions])
            self._connected.set()

    def _on_message(self, client, userdata, message):
        with self._cond:
            self._messages.append((time.monotonic(), message.topic, bytes(message.payload),
                                   bool(message.retain), message.qos))
            self._cond.notify_all()

    def close(self):
        self._client.disconnect()
        self._client.loop_stop()

    # --- reading -------------------------------------------------------------------------------------

    def messages(self, since=0):
        """:return: the recorded messages from index ``since`` on"""
        with self._cond:
            return list(self._messages[since:])

    def mark(self):
        """:return: an index to pass to :meth:`messages` or :meth:`wait_for` to see only what comes after"""
        with self._cond:
            return len(self._messages)

    def wait_for(self, predicate, timeout, what, since=0):
        """Waits until ``predicate(messages since since)`` is truthy and returns that value."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = predicate(self._messages[since:])
                if value:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError("timed out after %.1f s waiting for %s" % (timeout, what))
                self._cond.wait(min(remaining, 0.2))

    def save(self, path):
        """Writes the capture as JSON lines (topic, hex payload, retain, qos, seconds since the first message)."""
        with self._cond:
            messages = list(self._messages)
        start = messages[0][0] if messages else 0
        with open(path, "w") as f:
            for t, topic, payload, retain, qos in messages:
                f.write(json.dumps({"t": round(t - start, 3), "topic": topic, "payload": payload.hex(),
                                    "retain": retain, "qos": qos}) + "\n")

    # --- writing -------------------------------------------------------------------------------------

    def publish(self, topic, payload, qos=2, retain=False, timeout=10):
        info = self._client.publish(topic, payload, qos=qos, retain=retain)
        # paho 1.5's wait_for_publish() has no timeout: poll instead.
        deadline = time.monotonic() + timeout
        while not info.is_published():
            if time.monotonic() > deadline:
                raise AssertionError("publish on %s not acknowledged within %d s" % (topic, timeout))
            time.sleep(0.01)
        return info

    def request(self, command, gw_id, request, sink_id=None, timeout=5, qos=2):
        """Publishes an official request object and waits for the response with its request id.

        Needs a subscription that covers the response topic (``gw-response/#`` or ``#``).

        :return: the decoded official response object
        """
        since = self.mark()
        response_topic = codec.response_topic(command, gw_id, sink_id)
        response_class = codec.COMMANDS[command][1]
        self.publish(codec.request_topic(command, gw_id, sink_id), request.payload, qos=qos)

        def matching(messages):
            for _, topic, payload, _, _ in messages:
                if topic == response_topic:
                    response = response_class.from_payload(payload)
                    if response.req_id == request.req_id:
                        return response
            return None

        return self.wait_for(matching, timeout, "%s response to request %d" % (command, request.req_id), since)

    def request_raw(self, topic, payload, response_topic, req_id, response_class, timeout=5):
        """Publishes raw bytes (a malformed request) and waits for a response with ``req_id`` on ``response_topic``."""
        since = self.mark()
        self.publish(topic, payload)

        def matching(messages):
            for _, t, p, _, _ in messages:
                if t == response_topic:
                    response = response_class.from_payload(p)
                    if response.req_id == req_id:
                        return response
            return None

        return self.wait_for(matching, timeout, "response to raw request %d on %s" % (req_id, response_topic),
                             since)
