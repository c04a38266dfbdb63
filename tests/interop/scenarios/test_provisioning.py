"""`meshbench provision` against `meshbench simulate --provisioning`, on a private Mosquitto, with an independent
implementation of the provisioning protocol as the oracle: the Python `cryptography` package (AES-CMAC, AES) and
`cbor2` check every DATA frame the server sends. Secured DATA is decrypted with AES-ECB over little-endian counter
blocks starting at counter + IV (mod 2^128), and its MIC is the first 5 bytes of the CMAC over type, node address,
session id, key index, counter and plaintext."""

import os
import subprocess
import threading
import time

import cbor2
import wirepas_mesh_messaging as wmm
from cryptography.hazmat.primitives import cmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from interop.broker import Mosquitto
from interop.mqtt_raw import RawClient
from interop.waits import wait_until

FACTORY_KEYS = {
    b"secured_a": bytes(range(32)),
    b"secured_b": bytes(range(0xE0, 0x100)),
}
AUTHENTICATION_KEY = bytes(range(1, 17))
ENCRYPTION_KEY = bytes(range(16, 0, -1))
WHITELIST = """
secured_a:
    method: 1
    factory_key: 0x%s
    authentication_key: 0x%s
    encryption_key: 0x%s
    node_id: 0x11
secured_b:
    method: 1
    factory_key: 0x%s
    authentication_key: 0x%s
    encryption_key: 0x%s
    node_id: 0x12
    user_specific:
        128: 'room 12'
        129: 0x34
unsecured:
    method: 0
    authentication_key: 0x%s
    encryption_key: 0x%s
    node_id: 0x13
""" % (FACTORY_KEYS[b"secured_a"].hex(), AUTHENTICATION_KEY.hex(), ENCRYPTION_KEY.hex(),
       FACTORY_KEYS[b"secured_b"].hex(), AUTHENTICATION_KEY.hex(), ENCRYPTION_KEY.hex(),
       AUTHENTICATION_KEY.hex(), ENCRYPTION_KEY.hex())
EXPECTED_DATA = {
    b"secured_a": {0: ENCRYPTION_KEY, 1: AUTHENTICATION_KEY, 4: 0x11},
    b"secured_b": {0: ENCRYPTION_KEY, 1: AUTHENTICATION_KEY, 4: 0x12, 128: "room 12", 129: 0x34},
    b"unsecured": {0: ENCRYPTION_KEY, 1: AUTHENTICATION_KEY, 4: 0x13},
}
STRANGER = b"meshbench-stranger"


class Process:
    """A product command in the background; its stdout lines collected, stderr to a log file."""

    def __init__(self, args, log_path):
        self._log = open(log_path, "w")
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=self._log, text=True)
        self.lines = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line.strip())

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self._log.close()


def keystream_xor(key, counter, iv, data):
    aes = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    block = (counter + int.from_bytes(iv, "little")) % (1 << 128)
    out = bytearray()
    for offset in range(0, len(data), 16):
        stream = aes.update(block.to_bytes(16, "little"))
        out += bytes(a ^ b for a, b in zip(data[offset:offset + 16], stream))
        block = (block + 1) % (1 << 128)
    return bytes(out)


def open_secured(factory_key, iv, frame):
    """:return: the plaintext of a secured DATA frame, after its MIC verified"""
    counter = int.from_bytes(frame[7:9], "little")
    both = keystream_xor(factory_key[16:], counter, iv, frame[9:])
    plaintext, mic = both[:-5], both[-5:]
    mac = cmac.CMAC(algorithms.AES(factory_key[:16]))
    mac.update(frame[:9] + plaintext)
    assert mac.finalize()[:5] == mic, "the MIC of %s does not verify" % frame.hex()
    return plaintext


def test_provisioning_frames_decrypt_and_verify_independently(settings):
    workdir = os.path.join(settings.out_dir, "provisioning")
    os.makedirs(workdir, exist_ok=True)
    whitelist = os.path.join(workdir, "whitelist.yml")
    with open(whitelist, "w") as f:
        f.write(WHITELIST)
    meshbench = os.path.join(settings.product_dir, "meshbench")
    with Mosquitto(workdir) as broker:
        url = "tcp://127.0.0.1:%d" % broker.port
        capture = RawClient("127.0.0.1", broker.port, name="interop-provisioning",
                            subscriptions=("gw-request/send_data/#", "gw-event/received_data/+/+/+/246/255"))
        server = Process([meshbench, "provision", "--config", whitelist, "--broker", url],
                         os.path.join(workdir, "provision.log"))
        simulator = None
        try:
            wait_until(lambda: "whitelisted nodes" in open(os.path.join(workdir, "provision.log")).read(), 60,
                       "meshbench provision connected")
            simulator = Process([meshbench, "simulate", "--broker", url, "--gateways", "1", "--sinks", "2",
                                 "--nodes", "3", "--rate", "5", "--seed", "3", "--provisioning", whitelist],
                                os.path.join(workdir, "simulate.log"))
            wait_until(lambda: len(server.lines) >= 4, 60, "four finished sessions on stdout")
        finally:
            if simulator:
                simulator.stop()
            server.stop()
            capture.close()

    outcomes = {bytes.fromhex(line.split()[1]): line.split()[2] for line in server.lines}
    assert outcomes == {b"secured_a": "SUCCESS", b"secured_b": "SUCCESS", b"unsecured": "SUCCESS",
                        STRANGER: "NOT_AUTHORIZED"}, server.lines

    starts = {}
    sent = []
    for _, topic, payload, _, _ in capture.messages():
        if topic.startswith("gw-event/received_data/"):
            event = wmm.ReceivedDataEvent.from_payload(payload)
            frame = event.data_payload
            if frame[0] == 1:  # START: type, node address, session id, method, IV, UID
                starts[(event.source_address, frame[1:6])] = (frame[6], frame[7:23], frame[23:])
        else:
            request = wmm.SendDataRequest.from_payload(payload)
            assert (request.source_endpoint, request.destination_endpoint, request.qos) == (255, 246, 1)
            sent.append((request.destination_address, request.data_payload))

    checked = set()
    for destination, frame in sent:
        method, iv, uid = starts[(destination, frame[1:6])]
        if frame[0] == 4:  # NACK
            assert (uid, frame[6]) == (STRANGER, 0), "NACK %s" % frame.hex()
            continue
        assert frame[0] == 2, "the server sent %s" % frame.hex()
        assert frame[6] == method, "key index %d for method %d" % (frame[6], method)
        plaintext = open_secured(FACTORY_KEYS[uid], iv, frame) if method == 1 else frame[9:]
        assert cbor2.loads(plaintext) == EXPECTED_DATA[uid]
        checked.add(uid)
    assert checked == set(EXPECTED_DATA), "DATA checked for %s" % checked
