#!/usr/bin/env bash
# Rebuilds the example graph from examples/articles/ and everything made
# from it. tests/graph_examples_fresh.rs fails while these files are stale.
#   graphs/regenerate.sh [OUTPUT_DIR]     (default: graphs/)
# DIPLOGRAPH=path/to/binary skips the release build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/graphs}"

bin="${DIPLOGRAPH:-}"
if [ -z "$bin" ]; then
    cargo build --release --quiet --manifest-path "$root/Cargo.toml"
    target="${CARGO_TARGET_DIR:-$root/target}"
    bin="$target/release/diplograph"
fi

mkdir -p "$out"
"$bin" build "$root/examples/articles" -o "$out/examples.json"
"$bin" export "$out/examples.json" --format dot -o "$out/examples.dot"
"$bin" export "$out/examples.json" --format json -o "$out/examples.node-link.json"
"$bin" export "$out/examples.json" --format graphml -o "$out/examples.graphml"
dot -Tsvg "$out/examples.dot" -o "$out/examples.svg"
echo "wrote $out/examples.{json,dot,node-link.json,graphml,svg}"
