#!/usr/bin/env bash
# Benchmark: vacancy updates per second over HTTP, history and audit kept, on an England-scale register
# (15,000 care homes, 13,000 homecare, 1,500 extra care, 150 Shared Lives on real postcode districts).
# Not part of the tests. Usage: src/test/bench/vacancy-updates.sh [clients=32] [seconds=30] [update|read]; BENCH_WARMUP=seconds (180)
# BENCH_CLIENT=wrk: the same updates from wrk (apt-get install wrk; vacancy-updates.lua) instead of the Java client
# (read: authenticated GETs of the same reports instead, to show what the HTTP and authentication path costs alone)
# Database: embedded Derby in a fresh folder (default), or DB_KIND=postgresql DB_NAME=... DB_USER=... for PostgreSQL.
# Warm-up: 180 s by default, not counted. The first request to each of the 15,000 homes reads it (for its ETag), so
# the first 20-30 s of a run are reads; then the updates speed up for about two minutes while the JIT compiles their
# path (on 2 cores the C2 compiler thread was still 30-60% busy 105 s into a run, by top -H), and level off at about
# 130-170 s. wrk prints the updates per second of every 10 s from the start, so the level can be seen, not assumed
# (30 s of warm-up once gave 597-688/s and 90 s 1,227-1,237/s on the same code; 90 s still caught the ramp).
set -euo pipefail
cd "$(dirname "$0")/../../.."
CLIENTS="${1:-32}"
SECONDS_MEASURED="${2:-30}"
MODE="${3:-update}"
PORT="${BENCH_PORT:-19280}"
export DERBY_DIR="${DERBY_DIR:-$(mktemp -d)/derby}"

mvn -q -B -ntp -DskipTests package
mvn -q -B -ntp liberty:create liberty:deploy liberty:start -Dhttp.port="$PORT" -Dhttps.port="$((PORT + 1))" \
  -Dliberty.var.caremarket.demo.scale=england -Dliberty.serverStartTimeout=1800
trap 'mvn -q -B -ntp liberty:stop >/dev/null 2>&1 || true' EXIT
# liberty:start returns when the server is up; the application is ready once the demo market has loaded
for _ in $(seq 1 900); do curl -sf "http://localhost:$PORT/health/ready" >/dev/null && break; sleep 2; done
grep -h "Demo market loaded" target/liberty/wlp/usr/servers/caremarket/logs/messages.log | tail -1 || true

echo "command: ${BENCH_CLIENT:+BENCH_CLIENT=$BENCH_CLIENT }src/test/bench/vacancy-updates.sh $CLIENTS $SECONDS_MEASURED $MODE   (DB_KIND=${DB_KIND:-derby}, $(nproc) cores)"
if [ "${BENCH_CLIENT:-java}" = "wrk" ]; then
  # wrk (apt-get install wrk): a C client that leaves more of the two cores to the server than the Java one
  command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 1; }
  HOMES="$(mktemp)"
  python3 - "http://localhost:$PORT" "$HOMES" <<'PY'
import json, sys, urllib.request
base, out = sys.argv[1], sys.argv[2]
page, rows = 0, []
while True:
    with urllib.request.urlopen(f"{base}/api/services?kind=CARE_HOME_NURSING&kind=CARE_HOME_RESIDENTIAL&sort=name&size=100&page={page}") as r:
        j = json.load(r)
    rows += [f"{s['id']} {s['capacity']['amount']}" for s in j["items"]]
    page += 1
    if page * 100 >= j["total"]:
        break
open(out, "w").write("\n".join(rows) + "\n")
print(f"register: {len(rows)} registered care homes")
PY
  THREADS=2
  BENCH_HOMES="$HOMES" BENCH_THREADS="$THREADS" BENCH_WARMUP="${BENCH_WARMUP:-180}" \
    wrk -t"$THREADS" -c"$CLIENTS" -d"$(( ${BENCH_WARMUP:-180} + SECONDS_MEASURED ))s" --latency \
    -s src/test/bench/vacancy-updates.lua "http://localhost:$PORT" | grep -v "^ \{2,\}\|Requests/sec\|Transfer/sec\|requests in"
  exit 0
fi
mvn -q -B -ntp org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.caremarket.bench.VacancyUpdateBenchmark \
  -Dexec.args="http://localhost:$PORT $CLIENTS $SECONDS_MEASURED ${BENCH_WARMUP:-180} cm_demo_admin $MODE"
