#!/usr/bin/env bash
# Benchmarks `oam serve` (release build) with wrk on loopback: each route's throughput as a
# ratio to /healthz (a trivial pre-rendered route) measured in the same run, one fit's p99
# latency, and resident memory after the first 1,000 and after 100,000 requests.
# Usage: Scripts/api-bench.sh [SECONDS_PER_ROUTE]   (needs Debian's `wrk`; not a timed test)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
swift build -c release --product oam >/dev/null
oam="$(swift build -c release --show-bin-path)/oam"

log=$(mktemp)
counts=$(mktemp)
"$oam" serve --port 0 --registry Registry --max-concurrent 1024 >"$log" 2>/dev/null &
server=$!
trap 'kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log" "$counts" "$counts.rate"' EXIT
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -n 1 || true)
  [ -n "$url" ] && break
  sleep 0.2
done
[ -n "$url" ] || { echo "oam serve printed no URL" >&2; exit 2; }

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$server/status"; }
total=1000
# Requests/s of one route: 1 wrk thread, 32 connections, $seconds seconds; adds its requests to $total.
rate() {
  wrk -t1 -c32 -d"${seconds}s" "$url$1" >"$counts"
  total=$((total + $(awk '/requests in/ {print $1}' "$counts")))
  awk '/Requests\/sec/ {print $2}' "$counts"
}

for _ in $(seq 1 1000); do curl -s -o /dev/null "$url/healthz"; done
rss_first=$(rss_kib)

rate /healthz >"$counts.rate"
base=$(cat "$counts.rate")
printf '%-60s %12s %8s\n' route "req/s" ratio
printf '%-60s %12.0f %8.2f\n' /healthz "$base" 1
for route in /api/v1/accelerators /api/v1/accelerators/amd/mi300x /api/v1/models/meta-llama/llama-3.1-70b \
  "/api/v1/fit?model=meta-llama/llama-3.1-70b&chip=amd/mi300x&batch=32"; do
  rate "$route" >"$counts.rate"
  r=$(cat "$counts.rate")
  printf '%-60s %12.0f %8.2f\n' "$route" "$r" "$(echo "$r / $base" | bc -l)"
done

echo
echo "one-module fit latency (1 connection, ${seconds} s):"
wrk -t1 -c1 -d"${seconds}s" --latency "$url/api/v1/fit?model=meta-llama/llama-3.1-70b&chip=amd/mi300x&batch=32" |
  awk '/Latency Distribution/,/99%/'

rss_last=$(rss_kib)
echo
echo "resident memory: ${rss_first} KiB after the first 1,000 requests, ${rss_last} KiB after ${total} (fit latency run not counted)" \
  "($(echo "100 * ($rss_last - $rss_first) / $rss_first" | bc -l | xargs printf '%+.1f')%)"
