#!/usr/bin/env bash
# End-to-end benchmark: a corpus of N articles generated from the
# project's own invented articles (examples/corpus.rs), extracted on one
# thread and on all cores (MB of article text per second, articles per
# second, CPU time), the same output checked for both, one long document
# on one thread, and the time and peak memory (max RSS) of building the
# graph of the whole corpus.
#
#     benches/e2e.sh [N] [RUNS]   # N defaults to 20000, RUNS to 3
#
# Needs GNU time (/usr/bin/time). Timings are wall clock. The one-thread
# and all-core runs take turns, RUNS times, and the median of each is
# reported with the ratio of the medians, then the ratio of each pair of
# runs and their median: on a virtual machine whose speed drifts from
# minute to minute, a single pair of runs can land one in a fast minute and
# the other in a slow one, and two medians can come from different minutes.
set -euo pipefail
N=${1:-20000}
RUNS=${2:-3}
cd "$(dirname "$0")/.."
cargo build --quiet --release --bin diplograph --example corpus
target=${CARGO_TARGET_DIR:-target}
bin=$target/release/diplograph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$target/release/examples/corpus" "$N" >"$work/corpus.jsonl" 2>"$work/corpus.txt"
text_bytes=$(awk '{print $3}' "$work/corpus.txt")
cores=$(nproc)
echo "corpus: $N articles, $text_bytes bytes of text ($(du -h "$work/corpus.jsonl" | cut -f1) of JSON Lines); $cores cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"

# timed LABEL ARTICLES BYTES COMMAND...: wall and CPU time, rates, max RSS.
timed() {
    local label=$1 articles=$2 bytes=$3
    shift 3
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null
    read -r wall user sys rss <"$work/time"
    awk -v l="$label" -v a="$articles" -v b="$bytes" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
        printf "%-28s %7.2f s wall  %7.2f s CPU  %6.2f MB/s  %8.0f articles/s  max RSS %5.0f MB\n",
            l, w, u + s, b / 1e6 / w, a / w, r / 1024 }'
}

# wall SECONDS...: the median of the wall times.
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
one=() all=()
for run in $(seq "$RUNS"); do
    timed "extract, 1 thread (run $run)" "$N" "$text_bytes" "$bin" extract "$work/corpus.jsonl" --threads 1 --quiet
    one+=("$wall")
    timed "extract, $cores threads (run $run)" "$N" "$text_bytes" "$bin" extract "$work/corpus.jsonl" --quiet
    all+=("$wall")
done
awk -v n="$N" -v b="$text_bytes" -v c="$cores" -v r="$RUNS" -v one="$(median "${one[@]}")" -v all="$(median "${all[@]}")" 'BEGIN {
    printf "median of %d: 1 thread %.2f s, %.2f MB/s, %.0f articles/s; %d threads %.2f s, %.2f MB/s, %.0f articles/s; ratio %.2f\n",
        r, one, b / 1e6 / one, n / one, c, all, b / 1e6 / all, n / all, one / all }'
# Each pair of runs follows one another within seconds, in the same minute
# of the machine: their ratios, and the median of those, are less at the
# mercy of its drift than the ratio of two medians taken minutes apart.
pairs=()
for i in "${!one[@]}"; do pairs+=("$(awk -v o="${one[$i]}" -v a="${all[$i]}" 'BEGIN { printf "%.2f", o / a }')"); done
echo "ratios of the pairs of runs: ${pairs[*]}; median $(median "${pairs[@]}")"

# Same bytes on one thread and on all: checked on the first 2,000 articles.
head -n 2000 "$work/corpus.jsonl" >"$work/head.jsonl"
if cmp -s <("$bin" extract "$work/head.jsonl" --threads 1 --quiet) <("$bin" extract "$work/head.jsonl" --quiet); then
    echo "output on 1 and $cores threads: identical"
else
    echo "output on 1 and $cores threads: DIFFERENT" && exit 1
fi

# One long document: the example articles, 600 times over.
for _ in $(seq 600); do cat examples/articles/*.txt; echo; done >"$work/long.txt"
timed "one long document, 1 thread" 1 "$(wc -c <"$work/long.txt")" "$bin" extract "$work/long.txt" --threads 1 --quiet

timed "build, $cores threads" "$N" "$text_bytes" "$bin" build "$work/corpus.jsonl" -o "$work/graph.json" --quiet
echo "graph: $(du -h "$work/graph.json" | cut -f1)"
