#!/usr/bin/env bash
# Does a change leave quarry's output alone? Byte for byte: stdout, stderr and
# exit code of every command in every format (bench/outputs.mjs lists them),
# on the shipped corpus and on a generated 100× corpus (bench/gen-corpus.mjs),
# compared two ways:
#   base vs new          a baseline git ref (exported to a temp folder and
#                        built there) against the working tree this script
#                        is in (rebuilt first)
#   new cold vs updated  the new build from an empty cache, against the new
#                        build reading a cache that was built and then
#                        updated document by document: one document changed
#                        and changed back, one added and removed, one renamed
#                        and renamed back (same corpus path, same mtimes);
#                        in the changed, added and renamed states, a few
#                        commands (search, list, docs, stats in JSON) on the
#                        updated cache against a fresh one
# Exit 0 when every comparison is identical, 1 when one differs (the first
# differences are printed), 2 on a usage or build error.
#
#   bench/same-output.sh                      # main vs the working tree, 1× and 100×
#   bench/same-output.sh --base HEAD~3        # any git ref as the baseline
#   bench/same-output.sh --sizes 1            # the shipped corpus only (5 min; 25 at a load of 15)
#   bench/same-output.sh --old /path/to/built/checkout   # a built checkout instead of a ref
#   bench/same-output.sh --no-incremental     # base vs new only
#   bench/same-output.sh --no-base            # cold vs updated cache only (no baseline build)
#   bench/same-output.sh --full               # also timeline and conflicts above 1×
#   bench/same-output.sh --keep               # keep the temp folder (outputs, corpora)
#
# Above 1× the analysis commands that take minutes there today are left out
# (timeline and conflicts; related and compare run in JSON only: outputs.mjs
# --light) unless --full is given: at 100× conflicts alone takes over 5
# minutes a run. The baseline reuses the working tree's node_modules when its
# package-lock.json is the same, and runs `npm ci` otherwise.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
base_ref=main
old=
sizes=1,100
incremental=1
nobase=
light=--light
keep=
while [ $# -gt 0 ]; do
  case $1 in
    --base) base_ref=$2; shift 2 ;;
    --old) old=$(cd "$2" && pwd); shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --no-incremental) incremental=; shift ;;
    --no-base) nobase=1; shift ;;
    --full) light=; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "same-output.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d "${TMPDIR:-/tmp}/quarry-same-output-XXXXXX")
if [ -n "$keep" ]; then trap 'echo "kept $work" >&2' EXIT; else trap 'rm -rf "$work"' EXIT; fi
say() { printf '%s\n' "$*" >&2; }
secs() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(secs)" 'BEGIN { printf "%.1f s", b - a }'; }

# ------------------------------------------------------------ the two builds
say "building the working tree ($here)"
(cd "$here" && npm run build --silent) || { say "same-output.sh: the working tree does not build"; exit 2; }
new=$here
if [ -n "$nobase" ]; then
  :
elif [ -z "$old" ]; then
  old=$work/base
  rev=$(git -C "$here" rev-parse --verify "$base_ref^{commit}") || { say "same-output.sh: no git ref $base_ref"; exit 2; }
  say "exporting $base_ref (${rev:0:10}) to $old"
  mkdir -p "$old"
  git -C "$here" archive "$rev" | tar -x -C "$old"
  if cmp -s "$old/package-lock.json" "$here/package-lock.json" && [ -d "$here/node_modules" ]; then
    ln -s "$here/node_modules" "$old/node_modules"
    (cd "$old" && npm run build --silent) || { say "same-output.sh: $base_ref does not build"; exit 2; }
  else
    say "  its package-lock.json differs: npm ci"
    (cd "$old" && npm ci --no-audit --no-fund >/dev/null) || { say "same-output.sh: npm ci failed for $base_ref"; exit 2; }
  fi
fi
[ -n "$nobase" ] || [ -f "$old/bin/quarry.js" ] || { say "same-output.sh: no bin/quarry.js in $old"; exit 2; }

# ------------------------------------------------------------ comparing
failed=0
compare() { # compare NAME DIR_A DIR_B
  local name=$1 a=$2 b=$3 n
  n=$(ls "$a" | wc -l)
  if diff -rq "$a" "$b" >"$work/diff.txt" 2>&1; then
    say "  same: $name ($n runs)"
  else
    failed=1
    say "  DIFFERENT: $name: $(wc -l <"$work/diff.txt") of $n runs differ:"
    sed -n '1,15p' "$work/diff.txt" | sed 's/^/    /' >&2
    local f
    for f in $(awk '/^Files /{print $2}' "$work/diff.txt" | sed -n '1,3p'); do
      # the first difference, with 60 characters either side (lines can be long)
      node -e '
        const fs = require("fs");
        const [x, y] = process.argv.slice(1).map((p) => fs.readFileSync(p, "utf8"));
        let i = 0;
        while (i < x.length && x[i] === y[i]) i++;
        const line = x.slice(0, i).split("\n").length;
        const show = (s) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
        console.log(`    ${process.argv[1].split("/").pop()}: first difference at line ${line}\n      base/cold: ${show(x)}\n      new/updated: ${show(y)}`);
      ' "$f" "$b/$(basename "$f")" >&2 || true
    done
  fi
}

# q: run the new build on CORPUS with cache CACHE, output dropped, timed
q() { # q CACHE CORPUS ARGS...
  local cache=$1 corpus=$2; shift 2
  QUARRY_CACHE_DIR=$cache NO_COLOR=1 node "$new/bin/quarry.js" --corpus "$corpus" "$@" >/dev/null 2>"$work/q.err" || {
    local rc=$?
    if [ "$rc" -ne 1 ]; then say "same-output.sh: quarry $* failed ($rc): $(head -3 "$work/q.err")"; exit 2; fi
  }
}

# probe: in a state the corpus is left in only for a moment (a document
# changed, added or renamed), a few commands on the updated cache against a
# fresh cache of the same corpus: a cache that missed the change shows here,
# since the final comparison runs after everything is put back
probe() { # probe STATE CACHE CORPUS
  local state=$1 cache=$2 corpus=$3 fresh=$work/cache-fresh line n=0 bad=0
  rm -rf "$fresh"
  while IFS= read -r line; do
    n=$((n + 1))
    eval "set -- $line"
    for c in "$cache" "$fresh"; do
      QUARRY_CACHE_DIR=$c NO_COLOR=1 COLUMNS=100 node "$new/bin/quarry.js" --corpus "$corpus" "$@" >"$work/probe-$(basename "$c")" 2>&1 || true
    done
    if ! cmp -s "$work/probe-$(basename "$cache")" "$work/probe-cache-fresh"; then
      bad=1
      say "    DIFFERENT after one $state: quarry $line (updated cache vs fresh cache)"
    fi
  done <<'PROBES'
search zyxwbenchword --format json
search security listing --format json --limit 30
list --format json
docs --format json
stats --by doc,type --format json
PROBES
  rm -rf "$fresh"
  [ "$bad" = 0 ] || failed=1
}

IFS=, read -ra factors <<<"$sizes"
for f in "${factors[@]}"; do
  corpus=$work/corpus-${f}x
  if [ "$f" = 1 ]; then
    cp -R "$here/corpus" "$corpus"
  else
    node "$here/bench/gen-corpus.mjs" "$corpus" "$f" >/dev/null
  fi
  find "$corpus" -type f -exec touch -d '2025-01-01 00:00:00 UTC' {} +
  size_light=$light
  [ "$f" = 1 ] && size_light=
  say "${f}×: $(find "$corpus" -type f | wc -l) files, $(du -sh "$corpus" | cut -f1)"
  if [ -z "$nobase" ]; then
    t=$(secs); node "$here/bench/outputs.mjs" "$work/out/${f}x-base" --quarry "$old/bin/quarry.js" --corpus "$corpus" $size_light 2>/dev/null
    say "  base captured ($(since "$t"))"
  fi
  t=$(secs); node "$here/bench/outputs.mjs" "$work/out/${f}x-new" --quarry "$new/bin/quarry.js" --corpus "$corpus" $size_light 2>/dev/null
  say "  new captured ($(since "$t"))"
  [ -n "$nobase" ] || compare "${f}×, base vs new" "$work/out/${f}x-base" "$work/out/${f}x-new"

  if [ -n "$incremental" ]; then
    cache=$work/cache-incremental-${f}x
    doc=$(cd "$corpus" && ls | grep -E '^techflow-he-yi-2025.*\.(txt|md)$' | sort | head -1)
    ext=${doc##*.}
    stem=${doc%.*}
    cp -p "$corpus/$doc" "$work/saved-$doc"
    t=$(secs); q "$cache" "$corpus" search security listing --format json; say "  incremental: cold build $(since "$t")"
    # changed: one word more in the last long line with a comma (an answer or
    # a paragraph, not a heading; structure untouched)
    node -e '
      const fs = require("fs"); const [file] = process.argv.slice(1);
      const lines = fs.readFileSync(file, "utf8").split("\n");
      let i = lines.length - 1;
      while (i >= 0 && !(lines[i].length >= 160 && lines[i].includes(", "))) i--;
      if (i < 0) throw new Error("no long line in " + file);
      lines[i] = lines[i].replace(", ", ", zyxwbenchword ");
      fs.writeFileSync(file, lines.join("\n"));' "$corpus/$doc"
    t=$(secs); q "$cache" "$corpus" search security listing --format json; say "    one changed: $(since "$t")"; probe changed "$cache" "$corpus"
    cp -p "$work/saved-$doc" "$corpus/$doc"
    t=$(secs); q "$cache" "$corpus" list --format json; say "    changed back: $(since "$t")"
    # (gen-corpus.mjs is not the first argument: it would take itself for the script node runs)
    node -e '
      const [from, to, gen] = process.argv.slice(1);
      import(gen).then(({ varyDocument }) => {
        const fs = require("fs");
        fs.writeFileSync(to, varyDocument(fs.readFileSync(from, "utf8"), 7777));
      });' "$corpus/$doc" "$corpus/$stem-added.$ext" "$here/bench/gen-corpus.mjs"
    t=$(secs); q "$cache" "$corpus" search security listing --format json; say "    one added: $(since "$t")"; probe added "$cache" "$corpus"
    rm "$corpus/$stem-added.$ext"
    t=$(secs); q "$cache" "$corpus" list --format json; say "    removed: $(since "$t")"
    mv "$corpus/$doc" "$corpus/$stem-renamed.$ext"
    t=$(secs); q "$cache" "$corpus" search security listing --format json; say "    one renamed: $(since "$t")"; probe renamed "$cache" "$corpus"
    mv "$corpus/$stem-renamed.$ext" "$corpus/$doc"
    t=$(secs); q "$cache" "$corpus" list --format json; say "    renamed back: $(since "$t")"
    cmp -s "$work/saved-$doc" "$corpus/$doc" || { say "same-output.sh: $doc was not restored"; exit 2; }
    t=$(secs); node "$here/bench/outputs.mjs" "$work/out/${f}x-incremental" --quarry "$new/bin/quarry.js" --corpus "$corpus" --cache "$cache" $size_light 2>/dev/null
    say "  new on the updated cache captured ($(since "$t"))"
    compare "${f}×, new: cold cache vs updated cache" "$work/out/${f}x-new" "$work/out/${f}x-incremental"
  fi
  rm -rf "$corpus"
done

if [ "$failed" = 0 ]; then say "same output: every comparison identical"; else say "output DIFFERS (see above)"; fi
exit "$failed"
