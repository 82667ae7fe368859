#!/usr/bin/env bash
# Benchmarks `oam serve` (release build) with wrk on loopback: each route's throughput as a
# ratio to /healthz (a trivial pre-rendered route) measured in the same run, one fit's p99
# latency, and resident memory after the first 1,000 requests (spread over the benchmarked
# routes, so every route's allocations are warm) and after at least 100,000 and 300,000.
# Usage: Scripts/api-bench.sh [SECONDS_PER_ROUTE] [OAM_BINARY]
#   (needs Debian's `wrk`; not a timed test; OAM_BINARY defaults to a fresh release build)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
oam=${2:-}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
if [ -z "$oam" ]; then
  swift build -c release --product oam >/dev/null
  oam="$(swift build -c release --show-bin-path)/oam"
fi

source Scripts/lib/serve.sh
serve_temp counts
serve_stderr=/dev/null serve_start "$oam" --max-concurrent 1024

fit="/api/v1/fit?model=meta-llama/llama-3.1-70b&chip=amd/mi300x&batch=32"
routes=(/healthz /api/v1/accelerators /api/v1/accelerators /api/v1/accelerators/amd/mi300x
  /api/v1/models/meta-llama/llama-3.1-70b "$fit")
# The second /api/v1/accelerators is asked with Accept-Encoding: gzip (what browsers, curl
# --compressed and Python's requests send).
encodings=(identity identity gzip identity identity identity)

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$server/status"; }
total=0
# Requests/s of one route: 1 wrk thread, 32 connections, $1 seconds; adds its requests to $total.
rate() {
  local header=()
  [ "$3" = gzip ] && header=(-H "Accept-Encoding: gzip")
  wrk -t1 -c32 -d"$1s" "${header[@]}" "$url$2" >"$counts"
  total=$((total + $(awk '/requests in/ {print $1}' "$counts")))
  awk '/Requests\/sec/ {print $2}' "$counts"
}

# The first 1,000 requests: the same routes at the same 32 connections as what follows (wrk
# stopping itself after its share; wrk still waits out -d), so the baseline has every route's and every connection's
# memory in it, not one sequential client's.
stop=$(mktemp --suffix .lua)
printf 'local n = 0\nresponse = function() n = n + 1; if n >= %d then wrk.thread:stop() end end\n' \
  $((1000 / ${#routes[@]})) >"$stop"
for i in "${!routes[@]}"; do
  header=()
  [ "${encodings[$i]}" = gzip ] && header=(-H "Accept-Encoding: gzip")
  wrk -t1 -c32 -d2s -s "$stop" "${header[@]}" "$url${routes[$i]}" >"$counts"
  total=$((total + $(awk '/requests in/ {print $1}' "$counts")))
done
rm -f "$stop"
rss_first=$(rss_kib)
first_total=$total

printf '%-60s %9s %12s %8s\n' route encoding "req/s" ratio
base=""
for i in "${!routes[@]}"; do
  r=$(rate "$seconds" "${routes[$i]}" "${encodings[$i]}")
  [ -z "$base" ] && base=$r
  printf '%-60s %9s %12.0f %8.3f\n' "${routes[$i]}" "${encodings[$i]}" "$r" "$(echo "$r / $base" | bc -l)"
done

echo
echo "one-module fit latency (1 connection, ${seconds} s):"
wrk -t1 -c1 -d"${seconds}s" --latency "$url$fit" | awk '/Latency Distribution/,/99%/'
# Counted as requests too (the memory figures below are per request served).
total=$((total + $(wrk -t1 -c1 -d1s "$url$fit" | awk '/requests in/ {print $1}')))

# Memory: keep serving the same mix until 100,000 and then 300,000 requests have been
# answered; growth that stops between the two is the allocator warming up, growth that
# goes on is a leak.
report() {
  echo "resident memory after $total requests: $(rss_kib) KiB" \
    "($(echo "100 * ($(rss_kib) - $rss_first) / $rss_first" | bc -l | xargs printf '%+.1f')% from ${rss_first} KiB after the first ${first_total})"
}
echo
for goal in 100000 300000; do
  while [ "$total" -lt "$goal" ]; do
    for i in "${!routes[@]}"; do rate 1 "${routes[$i]}" "${encodings[$i]}" >/dev/null; done
  done
  report
done
