#!/usr/bin/env bash
# Regenerates market-position/example/: the Market Position Statement rendered from the demo market for Leeds and for
# Leicestershire, each page with the CSV of every chart and table beside it (example/<council>/statement.html and
# example/<council>/files/*.csv). Starts a server of its own with the demo market (port EXAMPLE_PORT, default 19580,
# embedded Derby in a fresh folder), drafts each statement as the council's demo commissioner with the narrative in
# example/narrative-<council>.json, publishes it, saves the published edition as anyone reads it (no key), and stops
# the server. The figures are the demo market's
# at that moment (the demo's year of history ends when it is loaded), so each run differs a little.
# Usage: market-position/regenerate-examples.sh
#        BASE_URL=http://localhost:9080 market-position/regenerate-examples.sh   (a server already running the demo market)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BASE_URL:-}" ]; then
  PORT="${EXAMPLE_PORT:-19580}"
  export DERBY_DIR="${DERBY_DIR:-$(mktemp -d)/derby}"
  mvn -q -B -ntp -DskipTests package liberty:create liberty:deploy liberty:start -Dhttp.port="$PORT" -Dhttps.port="$((PORT + 1))"
  trap 'mvn -q -B -ntp liberty:stop -Dhttp.port="$PORT" -Dhttps.port="$((PORT + 1))" >/dev/null 2>&1 || true' EXIT
  BASE_URL="http://localhost:$PORT"
  for _ in $(seq 1 300); do curl -sf "$BASE_URL/health/ready" >/dev/null && break; sleep 2; done
fi
for entry in leeds:E08000035:cm_demo_commissioner_leeds leicestershire:E10000018:cm_demo_commissioner_leicestershire; do
  IFS=: read -r name council key <<< "$entry"
  id=$(curl -sf -X POST "$BASE_URL/api/sufficiency/councils/$council/statements" -H "Authorization: Bearer $key" \
    -H 'Content-Type: application/json' --data-binary "@market-position/example/narrative-$name.json" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
  etag=$(curl -sf -D - -o /dev/null "$BASE_URL/api/sufficiency/statements/$id" -H "Authorization: Bearer $key" \
    | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
  curl -sf -X POST "$BASE_URL/api/sufficiency/statements/$id/publish" -H "Authorization: Bearer $key" -H "If-Match: $etag" -o /dev/null
  dir="market-position/example/$name"
  rm -rf "$dir"
  mkdir -p "$dir/files"
  curl -sf "$BASE_URL/api/sufficiency/statements/$id/statement.html" -o "$dir/statement.html"
  for file in $(curl -sf "$BASE_URL/api/sufficiency/statements/$id" \
      | python3 -c 'import json, sys; print("\n".join(json.load(sys.stdin)["files"]))'); do
    curl -sf "$BASE_URL/api/sufficiency/statements/$id/files/$file" -o "$dir/files/$file"
  done
  echo "$dir: statement.html and $(ls "$dir/files" | wc -l) CSV files (published edition $id)"
done
