"""A private Mosquitto (Debian package) on a free loopback port, for self-tests that must not share the
suite's broker. run.sh starts the suite's own broker the same way, in shell."""

import os
import socket
import subprocess
import time

MOSQUITTO = "/usr/sbin/mosquitto"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_config(path, port):
    # The log goes to stderr: Mosquitto started as root drops to its own user and cannot open files here.
    lines = ["listener %d 127.0.0.1" % port, "allow_anonymous true", "set_tcp_nodelay true",
             "persistence false", "log_dest stderr", "connection_messages true"]
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


class Mosquitto:
    """``with Mosquitto(workdir) as broker: broker.port`` — started and reachable inside, stopped after."""

    def __init__(self, workdir, port=None):
        self.workdir = workdir
        self.port = port or free_port()
        self.process = None

    def __enter__(self):
        os.makedirs(self.workdir, exist_ok=True)
        config = os.path.join(self.workdir, "mosquitto.conf")
        write_config(config, self.port)
        self._log = open(os.path.join(self.workdir, "mosquitto.log"), "w")
        self.process = subprocess.Popen([MOSQUITTO, "-c", config], stdout=subprocess.DEVNULL, stderr=self._log)
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.__exit__(None, None, None)
                    raise AssertionError("mosquitto did not start on port %d" % self.port)
                time.sleep(0.05)

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if getattr(self, "_log", None):
            self._log.close()
        return False
