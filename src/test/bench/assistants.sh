#!/usr/bin/env bash
# Benchmark: PA search over 100,000 PAs across England's postcode districts. Not part of the tests.
# Usage: src/test/bench/assistants.sh in-process            one thread, the search alone: latency and memory
#        src/test/bench/assistants.sh http [clients=32] [seconds=30]   over HTTP against a started server (England-scale demo),
#                                                            load from wrk (apt-get install wrk); BENCH_WARMUP=seconds (20)
# Database for http: embedded Derby in a fresh folder (default), or DB_KIND=postgresql DB_NAME=... DB_USER=...
set -euo pipefail
cd "$(dirname "$0")/../../.."
MODE="${1:-http}"
CLIENTS="${2:-32}"
SECONDS_MEASURED="${3:-30}"
PORT="${BENCH_PORT:-19380}"

mvn -q -B -ntp -DskipTests package
if [ "$MODE" = "in-process" ]; then
  echo "command: src/test/bench/assistants.sh in-process   ($(nproc) cores)"
  MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx1g" mvn -q -B -ntp org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.caremarket.bench.AssistantSearchBenchmark \
    -Dexec.args="${BENCH_ASSISTANTS:-100000} ${BENCH_WARMUP_SEARCHES:-20000} ${BENCH_SEARCHES:-100000}"
  exit 0
fi

export DERBY_DIR="${DERBY_DIR:-$(mktemp -d)/derby}"
LOG=target/liberty/wlp/usr/servers/caremarket/logs/messages.log
mvn -q -B -ntp liberty:create liberty:deploy liberty:start -Dhttp.port="$PORT" -Dhttps.port="$((PORT + 1))" \
  -Dliberty.var.caremarket.demo.scale=england -Dliberty.serverStartTimeout=1800
trap 'mvn -q -B -ntp liberty:stop >/dev/null 2>&1 || true' EXIT
# the demo PAs load after the register's market; wait for them
for _ in $(seq 1 900); do grep -q "Demo personal assistants" "$LOG" 2>/dev/null && break; sleep 2; done
for _ in $(seq 1 300); do curl -sf "http://localhost:$PORT/health/ready" >/dev/null && break; sleep 2; done
grep -h "Demo market loaded\|Demo personal assistants loaded" "$LOG" | tail -2 || true

export BENCH_URLS="$(mktemp)"
mvn -q -B -ntp org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.caremarket.bench.AssistantSearchUrls -Dexec.args="$BENCH_URLS"
echo "command: src/test/bench/assistants.sh http $CLIENTS $SECONDS_MEASURED   (DB_KIND=${DB_KIND:-derby}, $(nproc) cores, load from wrk on the same cores)"
curl -s -o /dev/null -w "one search: HTTP %{http_code}, %{size_download} bytes\n" -H "Authorization: Bearer cm_demo_person" \
  "http://localhost:$PORT$(head -1 "$BENCH_URLS")"
wrk -t2 -c"$CLIENTS" -d"${BENCH_WARMUP:-20}s" -s src/test/bench/searches.lua "http://localhost:$PORT" >/dev/null
wrk -t2 -c"$CLIENTS" -d"${SECONDS_MEASURED}s" --latency -s src/test/bench/searches.lua "http://localhost:$PORT"
grep -h "PA search index built" "$LOG" | tail -1 || true
