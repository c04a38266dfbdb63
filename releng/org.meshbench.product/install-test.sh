#!/bin/sh
# Installs a third-party decoder and a third-party test case the way a user does, with p2 from the vendor's
# own sites, and checks that the headless commands find them and that the test case passes against simulated
# gateways. The product itself stays as built: the install goes into a copy.
# Usage: install-test.sh prepare <product folder> <copy folder>   (before the p2 director runs)
#        install-test.sh check <product folder> <copy folder> <output folder>
set -eu
fail() { echo "install test FAILED: $*" >&2; exit 1; }

case $1 in
prepare)
	rm -rf "$3"
	mkdir -p "$(dirname "$3")"
	cp -a "$2" "$3"
	exit 0
	;;
check)
	product=$2
	copy=$3
	out=$4
	;;
*)
	fail "unknown mode $1"
	;;
esac
mkdir -p "$out"
decoder=org.meshbench.example.decoder.climate

"$copy/meshbench" decoders >"$out/decoders.txt" || fail "decoders exited $?"
grep -Eq "^$decoder +Acme climate sensor +Acme Sensors \(example\) +1 +144->144 +org\.meshbench\.example\.decoder +yes$" \
	"$out/decoders.txt" || fail "the installed decoder is not listed: see $out/decoders.txt"
if "$product/meshbench" decoders | grep -q "$decoder"; then
	fail "the example decoder is in the product itself, not only in the copy"
fi

# A packet from the sensor as a gateway publishes it; its payload is the example's "typical reading"
# vector 01 00 6608 5b 6402 57, here in base64.
topic=gw-event/received_data/gw1/sink0/1193046/144/144
json='{"wirepas": {"packet_received_event": {"header": {"gw_id": "gw1", "sink_id": "sink0", "event_id": "1"},
 "source_address": 4660, "destination_address": 1, "source_endpoint": 144, "destination_endpoint": 144,
 "travel_time_ms": 20, "rx_time_ms_epoch": "1767690501036", "qos": 0, "payload": "AQBmCFtkAlc=",
 "network_address": "1193046"}}}'
hex=$("$copy/meshbench" encode --topic "$topic" --json "$json") || fail "encode exited $?"
"$copy/meshbench" decode --topic "$topic" --hex "$hex" --apdu >"$out/decode-apdu.txt" || fail "decode --apdu exited $?"
for line in "decoder: $decoder (binding)" \
	"summary: 21.50 °C, 45.5 %RH, 612 ppm CO2, battery 87 %" \
	"  2+2     temperature = 21.50 °C" \
	"    1+1     heater_on = false" \
	"  5+2     co2 = 612 ppm"; do
	grep -Fxq "$line" "$out/decode-apdu.txt" || fail "decode --apdu lacks '$line': see $out/decode-apdu.txt"
done
echo "install test: p2 installed $decoder into $copy; decoders and decode --apdu find it"

testcase=org.meshbench.example.testcase.report-after-command
"$copy/meshbench" test --list >"$out/test-list.txt" || fail "test --list exited $?"
grep -Fxq "$testcase - Acme climate sensor reports after a command" "$out/test-list.txt" \
	|| fail "the installed test case is not listed: see $out/test-list.txt"
grep -Fxq "    category Acme sensors (example), timeout 5m, from org.meshbench.example.testcase" "$out/test-list.txt" \
	|| fail "the installed test case is listed without its declaration: see $out/test-list.txt"
grep -q "^meshbench.inventory-audit - " "$out/test-list.txt" || fail "the built-in test cases are gone: see $out/test-list.txt"
if "$product/meshbench" test --list | grep -q "$testcase"; then
	fail "the example test case is in the product itself, not only in the copy"
fi

# The test case runs against simulated gateways behind the embedded broker. The simulator echoes the
# command back on the reversed endpoints, as the Acme sensor reports; its network address comes from the
# retained gateway status.
wait_for_line() { # file pattern
	for _ in $(seq 1 60); do
		grep -q "$2" "$1" 2>/dev/null && return 0
		sleep 0.5
	done
	fail "no '$2' in $1: $(cat "$1")"
}
"$copy/meshbench" broker >"$out/broker.log" 2>&1 &
broker_pid=$!
trap 'kill $broker_pid $simulate_pid 2>/dev/null || true' EXIT
simulate_pid=
wait_for_line "$out/broker.log" "listening on tcp://"
port=$(sed -n 's#.*tcp://127.0.0.1:\([0-9]*\).*#\1#p' "$out/broker.log")
"$copy/meshbench" simulate --broker "tcp://127.0.0.1:$port" --gateways 1 --sinks 1 --nodes 5 --rate 20 --seed 7 \
	>"$out/simulate.log" 2>&1 &
simulate_pid=$!
wait_for_line "$out/simulate.log" "simulating gateways"
status=$(mosquitto_sub -i "meshbench-install-$$" -h 127.0.0.1 -p "$port" -t 'gw-event/status/+' -C 1 -W 10 -F '%t %x') \
	|| fail "no retained gateway status on the broker"
network=$("$copy/meshbench" decode --topic "${status%% *}" --hex "${status#* }" \
	| sed -n 's/.*"network_address": *"\{0,1\}\([0-9]*\).*/\1/p' | head -n 1)
[ -n "$network" ] || fail "no network address in the gateway status"
"$copy/meshbench" test --broker "tcp://127.0.0.1:$port" --network "$network" --tests "$testcase" \
	--param "$testcase.within=5s" --junit-xml "$out/acme-test.xml" >"$out/acme-test.log" 2>&1 \
	|| fail "the example test case did not pass (exit $?): see $out/acme-test.log and $out/acme-test.xml"
grep -q "<testcase classname=\"Acme sensors (example)\" name=\"$testcase\"" "$out/acme-test.xml" \
	|| fail "the JUnit XML lacks the test case: see $out/acme-test.xml"
# The test case commands the sensors the network model has seen by then, which need not be all five yet.
metric() { sed -n "s/.*name=\"metric.$1\" value=\"\([0-9]*\)\".*/\1/p" "$out/acme-test.xml" | head -n 1; }
commanded=$(metric sensors.commanded)
[ "${commanded:-0}" -ge 1 ] && [ "$(metric sensors.reported)" = "$commanded" ] \
	|| fail "not every commanded sensor reported: see $out/acme-test.xml"
kill -TERM "$simulate_pid" "$broker_pid"
wait "$simulate_pid" "$broker_pid" || true
echo "install test: p2 installed $testcase into $copy; test --list shows it and it passes on simulated gateways"
