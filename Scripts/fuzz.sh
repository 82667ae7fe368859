#!/usr/bin/env bash
# Fuzzes the reader, schema walker, decoders, rules and quantity parser with libFuzzer.
#
#   Scripts/fuzz.sh [SECONDS]        (default 300)
#
# Seeds: every shipped descriptor, the test fixtures and the committed minimised corpus
# (Tests/Fixtures/fuzz-corpus), so a run starts where the last one stopped.
# Leak detection is off: Swift keeps lazily initialised globals alive for the whole
# process, which LeakSanitizer reports as leaks. Crashing inputs land in fuzz-out/
# (git-ignored); replay one with
#   swift run oam-fuzz fuzz-out/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-300}"
swift build --product oam-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
mkdir -p fuzz-out/corpus
find Registry Tests/Fixtures/registries -name '*.yaml' -exec cp {} fuzz-out/corpus/ \; 2>/dev/null || true
cp Tests/Fixtures/fuzz-corpus/* fuzz-out/corpus/
# libFuzzer: -max_len bounds each input; -timeout flags any input slower than 2 s as a hang.
ASAN_OPTIONS=detect_leaks=0 .build-fuzz/debug/oam-fuzz fuzz-out/corpus \
  -max_total_time="$seconds" -detect_leaks=0 -max_len=8192 -timeout=2 -rss_limit_mb=2048 \
  -artifact_prefix=fuzz-out/ -print_final_stats=1
