#!/bin/sh
# Scale-out test of `meshbench store` with the materialized product: three store instances in one shared
# group write into one private PostgreSQL cluster while `meshbench simulate` publishes through Mosquitto;
# one instance is killed with SIGKILL midway and started again a few seconds later with the same
# persistent session. Every received_data event the simulator published must then be in the packets
# table exactly once (the table's unique key makes "once" hold; this checks "every").
# Usage: scale-out-test.sh <product folder> <output folder for logs>
set -eu
product=$1
out=$2
meshbench="$product/meshbench"
fail() { echo "scale-out test FAILED: $*" >&2; exit 1; }
mkdir -p "$out"
work=$(mktemp -d)
chmod 755 "$work"
pids=""
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] || fail "PostgreSQL is not installed (apt-get install postgresql)"
# PostgreSQL refuses to run as root: as root (CI), its commands run as the postgres user.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
	for pid in $pids; do kill -9 "$pid" 2>/dev/null || true; done
	as_postgres "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
	cp "$work/postgres.log" "$out/" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for_line() { # file pattern
	for _ in $(seq 1 120); do
		grep -q "$2" "$1" 2>/dev/null && return 0
		sleep 0.5
	done
	fail "no '$2' in $1: $(cat "$1")"
}

[ "$(id -u)" -ne 0 ] || chown postgres "$work"
pgport=$(free_port)
as_postgres "$pgbin/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --no-sync >"$out/initdb.log" 2>&1 \
	|| fail "initdb failed; see $out/initdb.log"
as_postgres "$pgbin/pg_ctl" -D "$work/pg" -l "$work/postgres.log" -w \
	-o "-p $pgport -k $work -c listen_addresses=127.0.0.1" start >"$out/pg_ctl.log" 2>&1 \
	|| fail "PostgreSQL did not start; see $out/pg_ctl.log"
db="jdbc:postgresql://127.0.0.1:$pgport/postgres?user=postgres"
psql_count() { as_postgres "$pgbin/psql" -h "$work" -p "$pgport" -U postgres -At -c "$1" postgres; }

# Mosquitto keeps what it queued for a persistent session that is away, without limit.
mqport=$(free_port)
cat >"$work/mosquitto.conf" <<CONF
listener $mqport 127.0.0.1
allow_anonymous true
persistence false
max_queued_messages 0
set_tcp_nodelay true
user $(id -un)
CONF
mosquitto -c "$work/mosquitto.conf" >"$out/mosquitto.log" 2>&1 &
pids="$pids $!"
for _ in $(seq 1 40); do
	mosquitto_pub -h 127.0.0.1 -p "$mqport" -t scale-out/ping -m up 2>/dev/null && break
	sleep 0.25
done
broker="tcp://127.0.0.1:$mqport"

start_store() { # instance number; prints the PID (the launch script execs the JVM)
	"$meshbench" store --db "$db" --broker "$broker" --shared-group scale-out --persist-session \
		--client-id "scale-out-store-$1" >>"$out/store-$1.log" 2>&1 &
	echo $!
}
store1=$(start_store 1)
store2=$(start_store 2)
store3=$(start_store 3)
pids="$pids $store1 $store2 $store3"
for n in 1 2 3; do wait_for_line "$out/store-$n.log" "meshbench store: storing"; done

"$meshbench" simulate --broker "$broker" --gateways 2 --sinks 2 --nodes 20 --rate 200 --seed 11 \
	>"$out/simulate.log" 2>&1 &
simulate=$!
pids="$pids $simulate"
wait_for_line "$out/simulate.log" "simulating gateways"
sleep 4
kill -KILL "$store2"
echo "scale-out test: store 2 killed with SIGKILL"
sleep 4
store2=$(start_store 2)
pids="$pids $store2"
wait_for_line "$out/store-2.log" "meshbench store: storing"
echo "scale-out test: store 2 started again"
sleep 4
kill -TERM "$simulate"
wait "$simulate" || true
wait_for_line "$out/simulate.log" "^published "

expected=$(sed -n 's/^published \([^ ]*\) \([0-9]*\) received_data events$/\1|\2/p' "$out/simulate.log" | sort)
[ -n "$expected" ] || fail "simulate printed no counts; see $out/simulate.log"
total=$(echo "$expected" | awk -F'|' '{ sum += $2 } END { print sum }')
[ "$total" -gt 1000 ] || fail "only $total events published; see $out/simulate.log"
stored=""
for _ in $(seq 1 120); do
	stored=$(psql_count "SELECT gateway_id || '|' || count(*) FROM packets GROUP BY gateway_id ORDER BY 1")
	[ "$stored" = "$expected" ] && break
	sleep 0.5
done
[ "$stored" = "$expected" ] || fail "published (gateway|events): $(echo $expected), stored: $(echo $stored)"
echo "scale-out test: all $total published events stored once ($(echo $expected))"

for pid in $store1 $store2 $store3; do kill -TERM "$pid"; done
for pid in $store1 $store2 $store3; do wait "$pid" || true; done
for n in 1 2 3; do
	wait_for_line "$out/store-$n.log" "meshbench store: stopped"
	! grep -q "overflowed (not acknowledged) [1-9]" "$out/store-$n.log" || fail "store $n overflowed"
done
echo "scale-out test: the three stores stopped cleanly on SIGTERM"
