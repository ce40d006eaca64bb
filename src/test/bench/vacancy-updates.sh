#!/usr/bin/env bash
# Benchmark: vacancy updates per second over HTTP, history and audit kept, on an England-scale register
# (15,000 care homes, 13,000 homecare, 1,500 extra care, 150 Shared Lives on real postcode districts).
# Not part of the tests. Usage: src/test/bench/vacancy-updates.sh [clients=32] [seconds=30] [update|read]; BENCH_WARMUP=seconds (30)
# (read: authenticated GETs of the same reports instead, to show what the HTTP and authentication path costs alone)
# Database: embedded Derby in a fresh folder (default), or DB_KIND=postgresql DB_NAME=... DB_USER=... for PostgreSQL.
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

echo "command: src/test/bench/vacancy-updates.sh $CLIENTS $SECONDS_MEASURED $MODE   (DB_KIND=${DB_KIND:-derby}, $(nproc) cores)"
mvn -q -B -ntp org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.caremarket.bench.VacancyUpdateBenchmark \
  -Dexec.args="http://localhost:$PORT $CLIENTS $SECONDS_MEASURED ${BENCH_WARMUP:-30} cm_demo_admin $MODE"
