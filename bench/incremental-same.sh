#!/usr/bin/env bash
# Does a cache updated document by document answer as a cold one? Copies a
# corpus, fills a cache from it, changes one document, adds one and removes
# one, then writes every command's output (bench/outputs.mjs) from that
# cache (the first run updates it) and from an empty one, and diffs them.
#
#   bench/incremental-same.sh [CORPUS_DIR]     # default: the shipped corpus
#   node bench/gen-corpus.mjs /tmp/c100 100 && bench/incremental-same.sh /tmp/c100
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
src=${1:-$root/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus=$work/corpus
cp -r "$src" "$corpus"
QUARRY_CACHE_DIR=$work/updated node "$root/bin/quarry.js" --corpus "$corpus" search security >/dev/null
docs=$(cd "$corpus" && find . -type f \( -name '*.txt' -o -name '*.md' \) | sort | head -3)
changed=$(echo "$docs" | sed -n 1p); removed=$(echo "$docs" | sed -n 2p); copied=$(echo "$docs" | sed -n 3p)
printf '\nOne more paragraph about security reviews of every listing, added to see the cache update.\n' >>"$corpus/$changed"
sed 's/the /THE /' "$corpus/$copied" >"$corpus/aaa-added.txt"
rm "$corpus/$removed"
node "$root/bench/outputs.mjs" "$work/a" --corpus "$corpus" --cache "$work/updated"
node "$root/bench/outputs.mjs" "$work/b" --corpus "$corpus"
if diff -r "$work/a" "$work/b"; then echo "same output from an updated cache and a cold one: $(ls "$work/a" | wc -l) runs"; else exit 1; fi
