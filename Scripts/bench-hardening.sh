#!/usr/bin/env bash
# Output-size and memory benchmark of issue 12's targets, over the inputs that
# Scripts/hardening-inputs.py writes: median of 5 runs of wall time and of maximum
# resident memory (GNU time), and the size of the SARIF report.
#
#   Scripts/bench-hardening.sh [OAM_BINARY] [FOLDER]    (defaults: release build, bench-out)
#
# Targets: the 76,000-key file ≤ 0.3 s and ≤ 100 MB with SARIF ≤ 1 MB; oam diff of the
# 250 MB bundle (CSV or JSON) ≤ 400 MB resident.
set -euo pipefail
cd "$(dirname "$0")/.."
oam="${1:-}"
out="${2:-bench-out}"
if [ -z "$oam" ]; then
  nice -n 10 swift build -c release -j 1 --product oam >/dev/null
  oam=.build/release/oam
fi
[ -f "$out/bundle-new.json" ] || python3 Scripts/hardening-inputs.py "$oam" "$out"

# median of five: prints "SECONDS s MAXRSS_MB MB"; refuses a run that could not run
# (exit 2 or more: oam exits 1 on findings and on differences).
measure() {
  local times=() rss=() status=0
  "$@" >/dev/null 2>"$out/stderr.txt" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "exit $status from $*: $(head -3 "$out/stderr.txt")" >&2
    exit 1
  fi
  for _ in 1 2 3 4 5; do
    local line
    # oam exits 1 on findings; GNU time writes its report to a file either way.
    /usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" >/dev/null 2>&1 || true
    line=$(tail -1 "$out/time.txt")
    times+=("${line% *}")
    rss+=("${line#* }")
  done
  local t m
  t=$(printf '%s\n' "${times[@]}" | sort -g | sed -n 3p)
  m=$(printf '%s\n' "${rss[@]}" | sort -g | sed -n 3p)
  echo "$t s $((m / 1024)) MB"
}

echo "76,000 unknown keys, text:   $(measure "$oam" validate --registry "$out/unknown-keys")"
echo "76,000 unknown keys, SARIF:  $(measure "$oam" validate --registry "$out/unknown-keys" --format sarif)"
"$oam" validate --registry "$out/unknown-keys" --format sarif >"$out/report.sarif" || true
echo "SARIF size:                  $(wc -c <"$out/report.sarif") bytes"
echo "ten such files, text:        $(measure "$oam" validate --registry "$out/unknown-keys-10")"
echo "diff registry vs 250 MB CSV: $(measure "$oam" diff Registry "$out/bundle-new.csv")"
echo "diff 250 MB vs 250 MB CSV:   $(measure "$oam" diff "$out/bundle-old.csv" "$out/bundle-new.csv")"
echo "diff registry vs 250 MB JSON: $(measure "$oam" diff Registry "$out/bundle-new.json")"
echo "diff 250 MB vs 250 MB JSON:  $(measure "$oam" diff "$out/bundle-old.json" "$out/bundle-new.json")"
