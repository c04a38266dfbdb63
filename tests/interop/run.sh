#!/usr/bin/env bash
# Interoperability suite: the official Wirepas Python packages (the oracle) against Meshbench.
#
#   tests/interop/run.sh PRODUCT_DIR [OUT_DIR]
#
# PRODUCT_DIR is the materialized product (the folder with the `meshbench` script); OUT_DIR defaults to
# tests/interop/target (git-ignored) and gets the virtualenvs, logs, captures and JUnit reports.
#
# Installs the pinned requirements into a virtualenv (needs PyPI and python3-venv), starts a real Mosquitto on a
# free loopback port and `meshbench simulate` with a fixed seed, runs the scenarios while the simulator runs,
# stops it with SIGTERM, runs the shutdown scenarios, then the network service's Java scenarios against the gateway
# emulator (Maven offline, after a `./mvnw verify` of this checkout), and ends with a line
# `interop: N passed, M failed`.
# Exit status: 0 when every scenario passed, 1 when one failed, 2 when the suite could not run.
#
# Environment (optional): INTEROP_SIM_GATEWAYS/SINKS/NODES/RATE/SEED/VALIDATION change the simulated fleet;
# INTEROP_K selects scenarios of the first phase (pytest -k); PYTEST_ADDOPTS goes to both phases; INTEROP_JAVA=no
# leaves out the Java scenarios.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 PRODUCT_DIR [OUT_DIR]" >&2; exit 2; }
product=$(cd "$1" && pwd) || { echo "interop: no product folder $1" >&2; exit 2; }
out=${2:-$here/target}
mkdir -p "$out"
out=$(cd "$out" && pwd)

[ -x "$product/meshbench" ] || { echo "interop: $product/meshbench is missing: build the product first" >&2; exit 2; }
mosquitto=/usr/sbin/mosquitto
[ -x "$mosquitto" ] || { echo "interop: $mosquitto is missing (apt-get install mosquitto)" >&2; exit 2; }

export INTEROP_SIM_GATEWAYS=${INTEROP_SIM_GATEWAYS:-3}
export INTEROP_SIM_SINKS=${INTEROP_SIM_SINKS:-2}
export INTEROP_SIM_NODES=${INTEROP_SIM_NODES:-12}
export INTEROP_SIM_RATE=${INTEROP_SIM_RATE:-30}
export INTEROP_SIM_SEED=${INTEROP_SIM_SEED:-20260521}
export INTEROP_SIM_VALIDATION=${INTEROP_SIM_VALIDATION:-official}
export INTEROP_SIM_PREFIX=sim-gw
export INTEROP_BROKER_HOST=127.0.0.1
export INTEROP_OUT_DIR=$out
export INTEROP_PRODUCT_DIR=$product
export PYTHONDONTWRITEBYTECODE=1 # no __pycache__ in the source tree

broker_pid=
sim_pid=
cleanup() {
	# Only the processes this script started, by their ids.
	if [ -n "$sim_pid" ] && kill -0 "$sim_pid" 2>/dev/null; then
		kill -TERM "$sim_pid" 2>/dev/null || true
		for _ in $(seq 1 100); do kill -0 "$sim_pid" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$sim_pid" 2>/dev/null || true
	fi
	if [ -n "$broker_pid" ] && kill -0 "$broker_pid" 2>/dev/null; then
		kill -TERM "$broker_pid" 2>/dev/null || true
		for _ in $(seq 1 50); do kill -0 "$broker_pid" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$broker_pid" 2>/dev/null || true
	fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- the oracle: pinned official packages in virtualenvs ------------------------------------------------------
make_venv() { # make_venv DIR REQUIREMENTS: (re)creates DIR unless it already holds exactly these requirements
	local dir=$1 requirements=$2
	if [ -f "$dir/requirements.txt" ] && cmp -s "$requirements" "$dir/requirements.txt" && [ -x "$dir/bin/python" ]; then
		return 0
	fi
	rm -rf "$dir"
	python3 -m venv "$dir" || { echo "interop: python3 -m venv failed (apt-get install python3-venv)" >&2; return 1; }
	"$dir/bin/python" -m pip install --disable-pip-version-check -q -r "$requirements" ||
		{ echo "interop: pip could not install $requirements (is PyPI reachable?)" >&2; return 1; }
	cp "$requirements" "$dir/requirements.txt"
}
echo "interop: installing the official packages (requirements.txt, requirements-codec-latest.txt)"
make_venv "$out/venv" "$here/requirements.txt" || exit 2
make_venv "$out/venv-codec-latest" "$here/requirements-codec-latest.txt" || exit 2
python=$out/venv/bin/python
"$python" -m pip list --disable-pip-version-check --format=freeze 2>/dev/null | grep -i -E '^(wirepas|paho|protobuf)' |
	sed 's/^/interop: oracle /' || true

# --- a real Mosquitto on a free loopback port --------------------------------------------------------------
port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export INTEROP_BROKER_PORT=$port
export INTEROP_MOSQUITTO_LOG=$out/mosquitto.log
cat >"$out/mosquitto.conf" <<EOF
listener $port 127.0.0.1
allow_anonymous true
set_tcp_nodelay true
persistence false
log_dest stderr
log_type error
log_type warning
log_type notice
log_type information
connection_messages true
log_timestamp_format %H:%M:%S
EOF
# The log goes to stderr, which this shell writes: Mosquitto started as root drops to its own user and could
# not open a log file here itself.
"$mosquitto" -c "$out/mosquitto.conf" 2>"$INTEROP_MOSQUITTO_LOG" >/dev/null &
broker_pid=$!
for i in $(seq 1 100); do
	(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
	kill -0 "$broker_pid" 2>/dev/null || { echo "interop: mosquitto did not start:" >&2; cat "$INTEROP_MOSQUITTO_LOG" >&2; exit 2; }
	[ "$i" -lt 100 ] || { echo "interop: mosquitto does not listen on $port" >&2; exit 2; }
	sleep 0.1
done
echo "interop: mosquitto on tcp://127.0.0.1:$port"

# --- the simulator ------------------------------------------------------------------------------------------
"$product/meshbench" simulate --broker "tcp://127.0.0.1:$port" --gateways "$INTEROP_SIM_GATEWAYS" \
	--sinks "$INTEROP_SIM_SINKS" --nodes "$INTEROP_SIM_NODES" --rate "$INTEROP_SIM_RATE" \
	--seed "$INTEROP_SIM_SEED" --validation "$INTEROP_SIM_VALIDATION" >"$out/simulator.log" 2>&1 &
sim_pid=$!
for i in $(seq 1 600); do
	grep -q '^simulating gateways' "$out/simulator.log" && break
	kill -0 "$sim_pid" 2>/dev/null || { echo "interop: the simulator ended:" >&2; cat "$out/simulator.log" >&2; exit 2; }
	[ "$i" -lt 600 ] || { echo "interop: the simulator did not connect within 60 s" >&2; cat "$out/simulator.log" >&2; exit 2; }
	sleep 0.1
done
echo "interop: $(head -n 1 "$out/simulator.log")"

# --- phase 1: scenarios while the simulator runs -------------------------------------------------------------
cd "$here"
rm -f "$out"/junit-*.xml "$out"/codec-*.json "$out"/capture-*.jsonl
set +e
"$python" -m pytest -v --junitxml="$out/junit-live.xml" ${INTEROP_K:+-k "$INTEROP_K"} scenarios emulator/tests
live_rc=$?
set -e

# --- stop the simulator with SIGTERM, bounded --------------------------------------------------------------
start=$(date +%s.%N)
kill -TERM "$sim_pid"
export INTEROP_SIM_ENDED=no
for _ in $(seq 1 200); do
	kill -0 "$sim_pid" 2>/dev/null || { INTEROP_SIM_ENDED=yes; break; }
	sleep 0.1
done
if [ "$INTEROP_SIM_ENDED" = yes ]; then
	set +e; wait "$sim_pid"; INTEROP_SIM_EXIT_CODE=$?; set -e
else
	kill -KILL "$sim_pid" 2>/dev/null || true
	INTEROP_SIM_EXIT_CODE=killed
fi
sim_pid=
export INTEROP_SIM_EXIT_CODE
export INTEROP_SIM_STOP_SECONDS=$("$python" -c "import sys; print(round(float(sys.argv[2]) - float(sys.argv[1]), 2))" "$start" "$(date +%s.%N)")
echo "interop: simulator stopped: ended=$INTEROP_SIM_ENDED exit=$INTEROP_SIM_EXIT_CODE after ${INTEROP_SIM_STOP_SECONDS}s"

# --- phase 2: what the simulator left behind ----------------------------------------------------------------
set +e
"$python" -m pytest -v --junitxml="$out/junit-shutdown.xml" shutdown
shutdown_rc=$?
set -e
cleanup
broker_pid=

# --- phase 3: the network service drives a gateway emulated with the official codec (Java, OSGi) ---------------
# tests/org.meshbench.network.tests, interop/*Test: each scenario starts its own Mosquitto and the emulator with
# this virtualenv's Python. Maven runs offline on the repository the build filled; its surefire reports are copied
# to OUT_DIR as junit-network-service-*.xml, the emulator logs to network-service-logs/.
java_rc=-
if [ "${INTEROP_JAVA:-yes}" != no ]; then
	root=$(cd "$here/../.." && pwd)
	module=$root/tests/org.meshbench.network.tests
	rm -f "$module"/target/surefire-reports/TEST-org.meshbench.network.tests.interop.*.xml \
		"$out"/junit-network-service-*.xml
	rm -rf "$module/target/interop-logs" "$out/network-service-logs"
	echo "interop: network-service scenarios (Java; Maven log in network-service.log)"
	set +e
	(cd "$root" && ./mvnw -o -B -q -pl tests/org.meshbench.network.tests -am verify \
		-Dtest='org/meshbench/network/tests/interop/*Test' -Dsurefire.failIfNoSpecifiedTests=false \
		-Dmeshbench.interop.python="$python") >"$out/network-service.log" 2>&1
	java_rc=$?
	set -e
	for report in "$module"/target/surefire-reports/TEST-org.meshbench.network.tests.interop.*.xml; do
		[ -e "$report" ] && cp "$report" "$out/junit-network-service-${report##*.interop.}"
	done
	[ -d "$module/target/interop-logs" ] && cp -r "$module/target/interop-logs" "$out/network-service-logs"
fi

# --- summary ---------------------------------------------------------------------------------------------------
"$python" - "$out" "$java_rc" "$live_rc" "$shutdown_rc" <<'EOF'
import glob, json, os, sys
import xml.etree.ElementTree as ET

out, java_rc, rcs = sys.argv[1], sys.argv[2], [int(rc) for rc in sys.argv[3:]]
results = []
for path in sorted(glob.glob(os.path.join(out, "junit-*.xml"))):
    java = os.path.basename(path).startswith("junit-network-service-")
    for case in ET.parse(path).getroot().iter("testcase"):
        name = "%s::%s" % (case.get("classname"), case.get("name"))
        skipped = case.find("skipped")
        # pytest names an xfail in the type or message; Java scenarios abort with "xfail: reason" (in the text).
        reason = (skipped.get("message") or (skipped.text or "").strip().split("\n")[0]) if skipped is not None else ""
        reason = reason.replace("org.opentest4j.TestAbortedException: ", "")
        if case.find("failure") is not None or case.find("error") is not None:
            outcome = "FAILED"
        elif skipped is not None and "xfail" in ((skipped.get("type") or "") + reason).lower():
            outcome = "XFAIL"
            name += " (%s)" % reason if java else ""
        elif skipped is not None and java:
            # run.sh passes the Python: any other skipped Java scenario means it did not reach the test runtime.
            outcome = "FAILED"
            name += " (skipped: %s)" % reason
        elif skipped is not None:
            outcome = "SKIPPED"
        else:
            outcome = "PASSED"
        results.append((outcome, name, java))
counts = {key: sum(1 for o, _, _ in results if o == key) for key in ("PASSED", "FAILED", "SKIPPED", "XFAIL")}
print("interop: scenarios")
for outcome, name, _ in results:
    print("  %-7s %s" % (outcome, name))
counts_file = os.path.join(out, "codec-counts.json")
if os.path.exists(counts_file):
    with open(counts_file) as f:
        print("interop: messages per kind, decoded with the official codec: %s" % json.dumps(json.load(f)["counts"]))
# pytest exit codes other than 0 (all passed) and 1 (some failed) mean the phase did not run properly.
broken = [rc for rc in rcs if rc not in (0, 1)]
if broken:
    print("interop: pytest exit codes %s: a phase could not run (see above)" % rcs)
# Maven fails when a Java scenario fails; failing with none failed, or reporting none, means they did not run.
java_failed = any(outcome == "FAILED" for outcome, _, java in results if java)
java_ran = any(java for _, _, java in results)
if java_rc != "-" and ((java_rc != "0" and not java_failed) or not java_ran):
    broken.append(java_rc)
    print("interop: the network-service scenarios could not run (Maven exit %s); end of network-service.log:" % java_rc)
    with open(os.path.join(out, "network-service.log"), errors="replace") as f:
        print("".join(f.readlines()[-25:]), end="")
failed = counts["FAILED"] + len(broken)
line = "interop: %d passed, %d failed" % (counts["PASSED"], failed)
if counts["SKIPPED"] + counts["XFAIL"]:
    line += ", %d skipped" % (counts["SKIPPED"] + counts["XFAIL"])
print(line)
sys.exit(1 if failed else 0)
EOF
