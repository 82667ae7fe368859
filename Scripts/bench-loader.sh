#!/usr/bin/env bash
# Loader benchmark of issue 13: whole-process `oam validate --registry DIR` against the
# libyaml floor (`oam-bench floor DIR`: read every file and pull its libyaml events, one
# thread) on 5,000 descriptors generated from every shipped accelerator; median of 5 runs of
# each, interleaved, so both see the same machine load. Then 10,000 descriptors: wall time
# and maximum resident memory (GNU time), median of 5.
#
#   Scripts/bench-loader.sh [OAM_BINARY] [FOLDER]    (defaults: release build, bench-out)
#
# Targets: ratio ≤ 2.0; 10,000 descriptors ≤ 3 s and ≤ 250 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
oam="${1:-}"
out="${2:-bench-out}"
swift build -c release --product oam-bench >/dev/null
bench=.build/release/oam-bench
if [ -z "$oam" ]; then
  swift build -c release --product oam >/dev/null
  oam=.build/release/oam
fi
[ -d "$out/loader-5000/accelerators" ] || "$bench" generate --count 5000 --out "$out/loader-5000"
[ -d "$out/loader-10000/accelerators" ] || "$bench" generate --count 10000 --out "$out/loader-10000"

# one run under GNU time: prints "WALL_SECONDS CPU_SECONDS MAXRSS_KB"
run() {
  # oam exits 1 on findings; GNU time writes its report to a file either way.
  /usr/bin/time -f '%e %U %S %M' -o "$out/time.txt" "$@" >/dev/null 2>&1 || true
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$out/time.txt" | tail -1
}

median() { sort -g | sed -n 3p; }

floor_wall=() oam_wall=() floor_cpu=() oam_cpu=()
for _ in 1 2 3 4 5; do
  read -r w c _ < <(run "$bench" floor "$out/loader-5000")
  floor_wall+=("$w") floor_cpu+=("$c")
  read -r w c _ < <(run "$oam" validate --registry "$out/loader-5000")
  oam_wall+=("$w") oam_cpu+=("$c")
done
fw=$(printf '%s\n' "${floor_wall[@]}" | median)
ow=$(printf '%s\n' "${oam_wall[@]}" | median)
fc=$(printf '%s\n' "${floor_cpu[@]}" | median)
oc=$(printf '%s\n' "${oam_cpu[@]}" | median)
"$oam" validate --registry "$out/loader-5000" >"$out/findings.txt" 2>&1 || true
echo "5,000 descriptors, floor (libyaml read + events, 1 thread): $fw s wall, $fc s CPU"
echo "5,000 descriptors, oam validate --registry:                 $ow s wall, $oc s CPU"
echo "ratio to the floor: $(awk -v o="$ow" -v f="$fw" 'BEGIN { printf "%.2f", o / f }')× wall," \
  "$(awk -v o="$oc" -v f="$fc" 'BEGIN { printf "%.2f", o / f }')× CPU (target ≤ 2.0× wall)"
echo "findings: $(tail -1 "$out/findings.txt")"

walls=() rss=()
for _ in 1 2 3 4 5; do
  read -r w _ m < <(run "$oam" validate --registry "$out/loader-10000")
  walls+=("$w") rss+=("$m")
done
echo "10,000 descriptors: $(printf '%s\n' "${walls[@]}" | median) s, $(($(printf '%s\n' "${rss[@]}" | median) / 1024)) MB max resident (target ≤ 3 s, ≤ 250 MB)"
