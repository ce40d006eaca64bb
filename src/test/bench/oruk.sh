#!/usr/bin/env bash
# Benchmark: the Open Referral UK feed at England scale (the demo's England market: 15,000 care homes, 13,000
# homecare, 1,500 extra care, 150 Shared Lives, with vacancy reports and the rating mix). Not part of the tests.
# Usage: src/test/bench/oruk.sh in-process                          one thread, the feed alone: p99 latency, heap
#        src/test/bench/oruk.sh http [clients=32] [seconds=30]      pages/s over HTTP, then a full crawl of /services
#        src/test/bench/oruk.sh near [clients=32] [seconds=30]      the same with postcode + proximity=10000
# BENCH_WARMUP=seconds (20). Database for http: embedded Derby in a fresh folder (default), or DB_KIND=postgresql ...
set -euo pipefail
cd "$(dirname "$0")/../../.."
MODE="${1:-http}"
CLIENTS="${2:-32}"
SECONDS_MEASURED="${3:-30}"
PORT="${BENCH_PORT:-19280}"

mvn -q -B -ntp -DskipTests package
if [ "$MODE" = "in-process" ]; then
  echo "command: src/test/bench/oruk.sh in-process   ($(nproc) cores)"
  MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx1g" mvn -q -B -ntp org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.caremarket.bench.OpenReferralBenchmark -Dexec.args="${BENCH_WARMUP_ANSWERS:-5000} ${BENCH_ANSWERS:-20000}"
  exit 0
fi

export DERBY_DIR="${DERBY_DIR:-$(mktemp -d)/derby}"
mvn -q -B -ntp liberty:create liberty:deploy liberty:start -Dhttp.port="$PORT" -Dhttps.port="$((PORT + 1))" \
  -Dliberty.var.caremarket.demo.scale=england -Dliberty.serverStartTimeout=1800
trap 'mvn -q -B -ntp liberty:stop >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 900); do curl -sf "http://localhost:$PORT/health/ready" >/dev/null && break; sleep 2; done
grep -h "Demo market loaded\|Demo vacancies loaded" target/liberty/wlp/usr/servers/caremarket/logs/messages.log | tail -2 || true

echo "command: src/test/bench/oruk.sh $MODE $CLIENTS $SECONDS_MEASURED   (DB_KIND=${DB_KIND:-derby}, $(nproc) cores)"
mvn -q -B -ntp org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.caremarket.bench.OpenReferralHttpBenchmark \
  -Dexec.args="http://localhost:$PORT $CLIENTS $SECONDS_MEASURED ${BENCH_WARMUP:-20} $([ "$MODE" = near ] && echo near || echo pages)"
grep -h "ORUK feed built" target/liberty/wlp/usr/servers/caremarket/logs/messages.log | tail -1 || true
