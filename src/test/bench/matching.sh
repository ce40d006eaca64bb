#!/usr/bin/env bash
# Benchmark: care-package matching on the England-scale market (15,000 care homes, 13,000 homecare, 1,500 extra care,
# 150 Shared Lives on real postcode districts, with the demo's vacancy reports and rating mix). Not part of the tests.
# Usage: src/test/bench/matching.sh in-process            one thread, the matcher alone: latency and memory
#        src/test/bench/matching.sh http [clients=32] [seconds=30]   over HTTP against a started server; BENCH_WARMUP=seconds (20)
#        BENCH_CLIENT=wrk src/test/bench/matching.sh http ...      the same load from wrk (apt-get install wrk), a lighter client
# Database for http: embedded Derby in a fresh folder (default), or DB_KIND=postgresql DB_NAME=... DB_USER=...
set -euo pipefail
cd "$(dirname "$0")/../../.."
MODE="${1:-http}"
CLIENTS="${2:-32}"
SECONDS_MEASURED="${3:-30}"
PORT="${BENCH_PORT:-19280}"

mvn -q -B -ntp -DskipTests package
if [ "$MODE" = "in-process" ]; then
  echo "command: src/test/bench/matching.sh in-process   ($(nproc) cores)"
  MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx1g" mvn -q -B -ntp org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.caremarket.bench.MatchingBenchmark -Dexec.args="${BENCH_WARMUP_MATCHES:-20000} ${BENCH_MATCHES:-100000}"
  exit 0
fi

export DERBY_DIR="${DERBY_DIR:-$(mktemp -d)/derby}"
mvn -q -B -ntp liberty:create liberty:deploy liberty:start -Dhttp.port="$PORT" -Dhttps.port="$((PORT + 1))" \
  -Dliberty.var.caremarket.demo.scale=england -Dliberty.serverStartTimeout=1800
trap 'mvn -q -B -ntp liberty:stop >/dev/null 2>&1 || true' EXIT
# liberty:start returns when the server is up; the application is ready once the demo market has loaded
for _ in $(seq 1 900); do curl -sf "http://localhost:$PORT/health/ready" >/dev/null && break; sleep 2; done
grep -h "Demo market loaded\|Demo vacancies loaded" target/liberty/wlp/usr/servers/caremarket/logs/messages.log | tail -2 || true

echo "command: ${BENCH_CLIENT:+BENCH_CLIENT=$BENCH_CLIENT }src/test/bench/matching.sh http $CLIENTS $SECONDS_MEASURED   (DB_KIND=${DB_KIND:-derby}, $(nproc) cores)"
if [ "${BENCH_CLIENT:-java}" = "wrk" ]; then
  export BENCH_IDS="$(mktemp)"
  mvn -q -B -ntp org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.caremarket.bench.MatchingHttpBenchmark \
    -Dexec.args="http://localhost:$PORT $CLIENTS $SECONDS_MEASURED 0 cm_demo_broker_leeds $BENCH_IDS"
  wrk -t2 -c"$CLIENTS" -d"${BENCH_WARMUP:-20}s" -s src/test/bench/matches.lua "http://localhost:$PORT" >/dev/null
  wrk -t2 -c"$CLIENTS" -d"${SECONDS_MEASURED}s" --latency -s src/test/bench/matches.lua "http://localhost:$PORT"
else
  mvn -q -B -ntp org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.caremarket.bench.MatchingHttpBenchmark \
    -Dexec.args="http://localhost:$PORT $CLIENTS $SECONDS_MEASURED ${BENCH_WARMUP:-20} cm_demo_broker_leeds"
fi
grep -h "Matching index built" target/liberty/wlp/usr/servers/caremarket/logs/messages.log | tail -1 || true
