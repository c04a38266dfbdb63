#!/bin/sh
# Installs a third-party decoder the way a user does, with p2 from the vendor's own site, and checks that
# the headless commands find it. The product itself stays as built: the install goes into a copy.
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
