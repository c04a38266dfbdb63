#!/bin/sh
# Smoke test of the materialized product: the headless commands through the real launcher, then the
# workbench window and `meshbench demo` under the current X display (CI runs the build under xvfb-run).
# Usage: smoke-test.sh <product folder> <output folder for logs and the screenshots>
set -eu
product=$1
out=$2
mkdir -p "$out"
meshbench="$product/meshbench"
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

# A status event from the official codec's vectors (gw-event/status/rpi-cafe42, gateway OFF).
topic=gw-event/status/rpi-cafe42
hex=0a1f0a1d0a170a0a7270692d63616665343218b9bd8eb4d0fba9a4a60110011802
json=$("$meshbench" decode --topic "$topic" --hex "$hex") || fail "decode exited $?"
echo "$json" | grep -q '"state": *"OFF"' || fail "decode printed: $json"
again=$("$meshbench" encode --topic "$topic" --json "$json") || fail "encode exited $?"
[ "$again" = "$hex" ] || fail "encode printed $again, expected $hex"

set +e
"$meshbench" decode --topic "$topic" --hex 00 >"$out/bad-input.txt" 2>&1; bad_input=$?
"$meshbench" decode --hex "$hex" >"$out/usage.txt" 2>&1; usage=$?
set -e
[ "$bad_input" -eq 1 ] || fail "malformed payload exited $bad_input, expected 1"
[ "$usage" -eq 2 ] || fail "missing --topic exited $usage, expected 2"
echo "smoke test: headless decode/encode OK"

# The embedded broker and two simulated gateways; on SIGTERM each gateway must leave a retained OFFLINE status.
wait_for_line() { # file pattern
	for _ in $(seq 1 60); do
		grep -q "$2" "$1" 2>/dev/null && return 0
		sleep 0.5
	done
	fail "no '$2' in $1: $(cat "$1")"
}
retained_states() { # broker port -> the state of each retained gateway status, one per line
	mosquitto_sub -i "meshbench-smoke-$$" -h 127.0.0.1 -p "$1" -t 'gw-event/status/+' -C 2 -W 10 -F '%t %x' | while read -r t x; do
		"$meshbench" decode --topic "$t" --hex "$x" | sed -n 's/.*"state": *"\([A-Z]*\)".*/\1/p'
	done | sort | tr '\n' ' '
}
"$meshbench" broker >"$out/broker.log" 2>&1 &
broker_pid=$!
wait_for_line "$out/broker.log" "listening on tcp://"
port=$(sed -n 's#.*tcp://127.0.0.1:\([0-9]*\).*#\1#p' "$out/broker.log")
"$meshbench" simulate --broker "tcp://127.0.0.1:$port" --gateways 2 --sinks 1 --nodes 5 --seed 7 >"$out/simulate.log" 2>&1 &
simulate_pid=$!
wait_for_line "$out/simulate.log" "simulating gateways"
[ "$(retained_states "$port")" = "ON ON " ] || fail "simulated gateways are not ONLINE"
grep -q "^gateway sim-gw-1 sink sink0 network " "$out/simulate.log" || fail "simulate did not print its sinks"
# The gateway shell (JLine, picocli) and a capture, through the real launcher.
"$meshbench" cli --broker "tcp://127.0.0.1:$port" -c "gateways; set_gateway sim-gw-0; sinks" >"$out/cli.txt" 2>&1 \
	|| fail "cli exited $?; see $out/cli.txt"
grep -q "^sim-gw-1 ONLINE" "$out/cli.txt" && grep -q "^sim-gw-0/sink0 network=" "$out/cli.txt" \
	|| fail "cli printed: $(cat "$out/cli.txt")"
"$meshbench" record --broker "tcp://127.0.0.1:$port" --out "$out/smoke.mbcap.gz" --duration 2s >"$out/record.txt" 2>&1 \
	|| fail "record exited $?; see $out/record.txt"
"$meshbench" capture info "$out/smoke.mbcap.gz" >"$out/capture-info.txt" 2>&1 || fail "capture info exited $?"
grep -q "^topics: gw-event/status: 2 messages on 2 topics" "$out/capture-info.txt" \
	|| fail "capture info printed: $(cat "$out/capture-info.txt")"
echo "smoke test: gateway shell and capture OK"
kill -TERM $simulate_pid
wait $simulate_pid || true
[ "$(retained_states "$port")" = "OFF OFF " ] || fail "gateways did not go OFFLINE on SIGTERM; see $out/simulate.log"
kill -TERM $broker_pid
wait $broker_pid || true
# Moquette logs through SLF4J, whose java.util.logging provider SPI Fly must have registered.
! grep -q "SLF4J" "$out/broker.log" || fail "SLF4J found no logging provider; see $out/broker.log"
echo "smoke test: embedded broker and simulated gateways OK (ONLINE, then OFFLINE on SIGTERM)"

[ -n "${DISPLAY:-}" ] || fail "no DISPLAY: run the build under xvfb-run"
wait_for_window() { # pid log
	for _ in $(seq 1 120); do
		# The workbench shell is titled "Meshbench…"; SWT's hidden helper shells share the name but are tiny.
		if xwininfo -root -tree 2>/dev/null | grep -E '^ +0x[0-9a-f]+ "Meshbench' | grep -qE ' ([0-9]{4}|[89][0-9]{2})x[0-9]{3,4}\+'; then
			return 0
		fi
		kill -0 "$1" 2>/dev/null || fail "workbench exited early; see $2"
		sleep 0.5
	done
	fail "no Meshbench window within 60 s; see $2"
}
stop() { # pid name: SIGTERM (the launch script passes it on to the JVM), then up to 30 s to end
	kill -TERM "$1" 2>/dev/null || true
	for _ in $(seq 1 60); do
		kill -0 "$1" 2>/dev/null || { wait "$1" || true; return 0; }
		sleep 0.5
	done
	fail "$2 still running 30 s after SIGTERM"
}
MESHBENCH_WORKSPACE="$out/workspace" "$meshbench" >"$out/workbench.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
wait_for_window $pid "$out/workbench.log"
sleep 3 # let the views paint before the screenshot
import -window root "$out/workbench.png"
echo "smoke test: workbench window is up; screenshot $out/workbench.png"
stop $pid workbench

# meshbench demo: the embedded broker, simulated gateways and the workbench connected to them. The demo prints a
# line once the Network view draws every simulated gateway ONLINE with its sinks.
MESHBENCH_WORKSPACE="$out/demo-workspace" "$meshbench" demo >"$out/demo.log" 2>&1 &
pid=$!
wait_for_window $pid "$out/demo.log"
wait_for_line "$out/demo.log" "the Network view shows sim-gw-0 ONLINE with 2 sinks, sim-gw-1 ONLINE with 2 sinks"
sleep 1 # the line comes right after a refresh; let it reach the screen
import -window root "$out/demo.png"
stop $pid "meshbench demo"
echo "smoke test: meshbench demo shows the simulated gateways ONLINE; screenshot $out/demo.png"
