#!/usr/bin/env bash
# Benchmark: market sufficiency on the England-scale demo market. Not part of the tests.
# Usage: src/test/bench/sufficiency.sh in-process [runs=20]   one thread, the computation alone (SufficiencyBenchmark):
#                                                               one council's full indicator set, all 154 councils', one statement
#        src/test/bench/sufficiency.sh http [runs=20]          over HTTP against a server of its own with the England-scale
#                                                               demo market (BENCH_PORT, default 19680): the same three, one client
# Database for http: embedded Derby in a fresh folder (default), or DB_KIND=postgresql DB_NAME=... DB_USER=...
set -euo pipefail
cd "$(dirname "$0")/../../.."
MODE="${1:-in-process}"
RUNS="${2:-20}"
PORT="${BENCH_PORT:-19680}"

mvn -q -B -ntp -DskipTests package
if [ "$MODE" = "in-process" ]; then
  echo "command: src/test/bench/sufficiency.sh in-process $RUNS   ($(nproc) cores)"
  MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx2g" mvn -q -B -ntp org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.caremarket.bench.SufficiencyBenchmark -Dexec.args="$RUNS"
  exit 0
fi

export DERBY_DIR="${DERBY_DIR:-$(mktemp -d)/derby}"
mvn -q -B -ntp liberty:create liberty:deploy liberty:start -Dhttp.port="$PORT" -Dhttps.port="$((PORT + 1))" \
  -Dliberty.var.caremarket.demo.scale=england -Dliberty.serverStartTimeout=1800
trap 'mvn -q -B -ntp liberty:stop -Dhttp.port="$PORT" -Dhttps.port="$((PORT + 1))" >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 900); do curl -sf "http://localhost:$PORT/health/ready" >/dev/null && break; sleep 2; done
grep -h "Demo market loaded" target/liberty/wlp/usr/servers/caremarket/logs/messages.log | tail -1 | grep -o 'Demo market loaded[^"]*' || true
echo "command: src/test/bench/sufficiency.sh http $RUNS   (DB_KIND=${DB_KIND:-derby}, $(nproc) cores)"
B="http://localhost:$PORT/api/sufficiency"
ADMIN="Authorization: Bearer cm_demo_admin"
first=$(curl -sf -o /dev/null -w '%{time_total}' -H "$ADMIN" "$B/councils/E08000035/indicators")
echo "first request after start (reads a year of vacancy history for all of England into memory): $first s"
times=()
for _ in $(seq 1 "$RUNS"); do
  times+=("$(curl -sf -o /dev/null -w '%{time_total}' -H "$ADMIN" "$B/councils/E08000035/indicators")")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$RUNS" '{a[NR]=$1} END {printf "one council'"'"'s indicators over HTTP (Leeds): median %.0f ms, max %.0f ms over %d requests\n", a[int((n+1)/2)]*1000, a[n]*1000, n}'
codes=$(curl -sf "http://localhost:$PORT/api/councils?socialCare=true" | python3 -c 'import json,sys; print(" ".join(c["code"] for c in json.load(sys.stdin)))')
start=$(date +%s.%N)
n=0
for code in $codes; do
  curl -sf -o /dev/null -H "$ADMIN" "$B/councils/$code/indicators"
  n=$((n + 1))
done
end=$(date +%s.%N)
echo "all $n councils' indicators over HTTP, one after another: $(echo "$end - $start" | bc) s"
id=$(curl -sf -X POST "$B/councils/E08000035/statements" -H "$ADMIN" -H 'Content-Type: application/json' \
  --data-binary @market-position/example/narrative-leeds.json | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
curl -sf -o /dev/null -H "$ADMIN" "$B/statements/$id/statement.html"
rtimes=()
for _ in $(seq 1 "$RUNS"); do
  rtimes+=("$(curl -sf -o /dev/null -w '%{time_total}' -H "$ADMIN" "$B/statements/$id/statement.html")")
done
printf '%s\n' "${rtimes[@]}" | sort -n | awk -v n="$RUNS" '{a[NR]=$1} END {printf "one Market Position Statement rendered over HTTP (Leeds draft, live figures): median %.0f ms, max %.0f ms over %d requests\n", a[int((n+1)/2)]*1000, a[n]*1000, n}'
