#!/usr/bin/env bash
# Benchmark: importing a full-size CQC monthly care directory (DD_Month_YYYY_CQC_directory.csv: 50,000 locations, about
# 15% of kinds the register skips, real English postcode districts, exact LS/LE postcodes in one row of ten; made by
# CqcDirectoryFile) through POST /api/imports/cqc-directory?full=true, from the request to the job's end; then the
# same unchanged file again. Not part of the tests. Goal: the first import within 60 s on 2 cores, the re-import faster.
# Usage: src/test/bench/cqc-import.sh [rows=50000] [seed=20261129]
#        BENCH_PORT (19480), BENCH_TIMEOUT seconds an import may take (1200), BENCH_KEY (cm_demo_admin),
#        BENCH_DEMO_SCALE=england to import into the England-scale demo market instead of Leeds and Leicestershire's
# Database: embedded Derby in a fresh folder (default), or DB_KIND=postgresql DB_NAME=... DB_USER=... for PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROWS="${1:-50000}"
SEED="${2:-20261129}"
PORT="${BENCH_PORT:-19480}"
TIMEOUT="${BENCH_TIMEOUT:-1200}"
KEY="${BENCH_KEY:-cm_demo_admin}"
SCALE="${BENCH_DEMO_SCALE:-local}"
BASE="http://localhost:$PORT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
FILE="$WORK/29_November_2026_CQC_directory.csv"
export DERBY_DIR="${DERBY_DIR:-$WORK/derby}"
LOG=target/liberty/wlp/usr/servers/caremarket/logs/messages.log

mvn -q -B -ntp -DskipTests package
mvn -q -B -ntp org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.caremarket.bench.CqcDirectoryFile -Dexec.args="$FILE $ROWS $SEED"

# set before the start, so that a start that fails half-way still stops the server
trap 'mvn -q -B -ntp liberty:stop >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
mvn -q -B -ntp liberty:create liberty:deploy liberty:start -Dhttp.port="$PORT" -Dhttps.port="$((PORT + 1))" \
  -Dliberty.var.caremarket.demo.scale="$SCALE" -Dliberty.serverStartTimeout=1800
# liberty:start returns when the server is up; the application is ready once the demo market has loaded
for _ in $(seq 1 900); do curl -sf "$BASE/health/ready" >/dev/null && break; sleep 2; done
curl -sf "$BASE/health/ready" >/dev/null || { echo "the server did not become ready; see $LOG" >&2; exit 1; }
grep -h "Demo market loaded\|Demo vacancies loaded" "$LOG" | tail -2 || true

# python3 reads the JSON: json_field FILE EXPRESSION prints the expression over the document `j`
json_field() {
  python3 -c 'import json, sys; j = json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"
}

# heap WHEN: the server's heap as GET /api/operations/process (ADMIN) reports it (a snapshot, not measured after a GC)
heap() {
  if curl -sf "$BASE/api/operations/process" -H "Authorization: Bearer $KEY" -o "$WORK/process.json"; then
    printf '  server heap %s: ' "$1"
    json_field "$WORK/process.json" '"%s MiB used of %s MiB (a snapshot, not after a GC)" % (j["heapUsedMiB"], j["heapMaxMiB"])' || echo "not reported"
  fi
}

# microseconds since the epoch, without starting a process (bash 5), else from date
micros() {
  if [ -n "${EPOCHREALTIME:-}" ]; then echo "${EPOCHREALTIME//[!0-9]/}"; else echo $(($(date +%s%N) / 1000)); fi
}

# import LABEL: one full import of the file, timed from the POST to the job's SUCCEEDED or FAILED
import_file() {
  local label="$1" start code location job status now elapsed
  start="$(micros)"
  code="$(curl -sS -o "$WORK/post.json" -D "$WORK/post.headers" -w '%{http_code}' -X POST \
    -H 'Content-Type: text/csv' -H "Authorization: Bearer $KEY" -H 'Expect:' \
    --data-binary @"$FILE" "$BASE/api/imports/cqc-directory?full=true")"
  location="$(tr -d '\r' <"$WORK/post.headers" | sed -n 's/^[Ll]ocation: *//p' | tail -1)"
  if [ "$code" != "202" ] || ! [[ "$location" =~ /api/imports/[^/?#]+$ ]]; then
    echo "$label: expected HTTP 202 with Location /api/imports/{id}, got HTTP $code, Location '${location}':" >&2
    cat "$WORK/post.json" >&2; echo >&2
    return 1
  fi
  job="$BASE/api/imports/${location##*/api/imports/}"
  while :; do
    code="$(curl -sS -o "$WORK/job.json" -w '%{http_code}' -H "Authorization: Bearer $KEY" "$job")"
    now="$(micros)"
    if [ "$code" != "200" ]; then
      echo "$label: GET $job answered HTTP $code:" >&2; cat "$WORK/job.json" >&2; echo >&2
      return 1
    fi
    status="$(json_field "$WORK/job.json" 'j.get("status")')" || {
      echo "$label: GET $job answered no JSON job:" >&2; cat "$WORK/job.json" >&2; echo >&2
      return 1
    }
    if [ "$status" = "SUCCEEDED" ] || [ "$status" = "FAILED" ]; then
      break
    fi
    if [ $((now - start)) -gt $((TIMEOUT * 1000000)) ]; then
      echo "$label: not finished after $TIMEOUT s (status $status):" >&2; cat "$WORK/job.json" >&2; echo >&2
      return 1
    fi
    sleep 0.5
  done
  elapsed="$(((now - start) / 1000))"
  SUMMARY+="$(python3 -c 'import sys; r, s = int(sys.argv[2]), int(sys.argv[3]) / 1000
print("%s: %s in %.1f s from the POST to the end (polled every 0.5 s), %.0f rows of the file a second" % (sys.argv[1], sys.argv[4], s, r / s))' \
    "$label" "$ROWS" "$elapsed" "$status")"$'\n'
  echo "${SUMMARY%$'\n'}" | tail -1
  echo "  job: ${location}; counts: $(json_field "$WORK/job.json" 'json.dumps(j.get("counts"), sort_keys=True)')"
  heap "after it"
  if [ "$status" = "FAILED" ]; then
    echo "$label: the import FAILED:" >&2; cat "$WORK/job.json" >&2; echo >&2
    return 1
  fi
}

SUMMARY=""
echo "file: $ROWS rows, $(stat -c %s "$FILE") bytes, seed $SEED"
heap "before the imports"
import_file "first import"
import_file "re-import of the unchanged file"

mvn -q -B -ntp liberty:stop >/dev/null 2>&1 || true
trap 'rm -rf "$WORK"' EXIT
echo
printf '%s' "$SUMMARY"
echo "goal: the first import within 60 s on 2 cores, the re-import faster"
echo "command: ${BENCH_DEMO_SCALE:+BENCH_DEMO_SCALE=$BENCH_DEMO_SCALE }src/test/bench/cqc-import.sh $ROWS $SEED   (DB_KIND=${DB_KIND:-derby}, $(nproc) cores)"
