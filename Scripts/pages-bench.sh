#!/usr/bin/env bash
# Benchmarks the web pages of `oam serve` (release build) with wrk on loopback, the way
# Scripts/api-bench.sh does the API: each page's throughput as a ratio to /healthz (a
# trivial pre-rendered route) measured in the same run, the catalog page's size, and the
# first render in a real browser (Navigation Timing's first contentful paint, from
# Tests/Browser/browser_test.py when selenium and chromium are installed).
# Targets (issue 11): a module page >= 50% of /healthz's rate; catalog <= 200 KB
# uncompressed; first render <= 500 ms.
# Usage: Scripts/pages-bench.sh [SECONDS_PER_ROUTE] [PYTHON]   (needs Debian's `wrk`; not a timed test)
# OAM=path runs that binary instead of building the release one (figures of a debug build
# are not the targets' figures).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
python=${2:-.build/ci-tools/browser-venv/bin/python}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
if [ -n "${OAM:-}" ]; then
  oam=$OAM
else
  swift build -c release --product oam >/dev/null
  oam="$(swift build -c release --show-bin-path)/oam"
fi

source Scripts/lib/serve.sh
serve_temp out
serve_stderr=/dev/null serve_start "$oam" --max-concurrent 1024

# Requests/s of one route: 1 wrk thread, 32 connections, $seconds seconds; a non-2xx
# answer makes the figure meaningless, so it stops the run.
rate() {
  wrk -t1 -c32 -d"${seconds}s" "$url$1" >"$out"
  if grep -q 'Non-2xx' "$out"; then cat "$out" >&2; echo "$1 answered non-2xx" >&2; exit 1; fi
  awk '/Requests\/sec/ {print $2}' "$out"
}

base=$(rate /healthz)
printf '%-62s %10s %7s\n' route "req/s" ratio
printf '%-62s %10.0f %7.2f\n' /healthz "$base" 1
module_ratio=""
for route in /accelerators/amd/mi300x "/accelerators/amd/mi300x?lang=zh" /accelerators/huawei/ascend-910b / \
  "/?vendor=amd&sort=memory" /models/meta-llama/llama-3.1-70b "/compare?ids=amd/mi300x,nvidia/h100-sxm" \
  "/fit?model=meta-llama/llama-3.1-70b&chip=amd/mi300x&batch=32"; do
  r=$(rate "$route")
  ratio=$(echo "$r / $base" | bc -l)
  [ -z "$module_ratio" ] && module_ratio=$ratio
  printf '%-62s %10.0f %7.2f\n' "$route" "$r" "$ratio"
done

echo
catalog_bytes=$(curl -s "$url/" | wc -c)
catalog_zh_bytes=$(curl -s "$url/?lang=zh" | wc -c)
echo "catalog page: ${catalog_bytes} bytes (zh ${catalog_zh_bytes}) uncompressed; target <= 204800"
printf 'module page rate: %.2f of /healthz; target >= 0.50\n' "$module_ratio"

echo
if "$python" -c 'import selenium, axe_selenium_python' 2>/dev/null; then
  "$python" Tests/Browser/browser_test.py "$oam" --screenshots "$(mktemp -d)" | grep -E '^(timing|first render|browser:)'
else
  echo "first render: not measured ($python lacks selenium/axe-selenium-python; .ci/run installs them)"
fi
