#!/usr/bin/env bash
# Does a change leave quarry's output alone? Runs the record and analysis
# commands (machine formats and tables) on the shipped corpus with two builds
# and diffs stdout, stderr and exit codes. With --db URL (or QUARRY_DB), the
# second run reads from PostgreSQL instead (run `quarry sync` first).
#
#   bench/same-output.sh /path/to/old/checkout /path/to/new/checkout
#   bench/same-output.sh . . --db postgres://…   # local store vs PostgreSQL
set -euo pipefail
old=$1; new=$2; shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
capture() {
  local root=$1 out=$2; shift 2
  mkdir -p "$out"
  local n=0
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    n=$((n + 1))
    eval "set -- $line"
    (cd "$root" && QUARRY_CACHE_DIR="$work/cache-$(basename "$out")" node bin/quarry.js "$@" "${extra[@]}" >"$out/$n.out" 2>"$out/$n.err"; echo $? >"$out/$n.rc") || true
    echo "$line" >"$out/$n.cmd"
  done <<'CMDS'
search maternity leave --format json
search '"maternity leave"' --format json
search bitcoin -binance --format json
search meerkat OR meercat --format json
search Binanse securty --format json
search decentral --format json --limit 30
search delisted --type qa --format json
search listing --speaker "yi he" --year 2021 --format json
search nonexistentzzzword --format json
search when did binance launch --format json --explain
search how many employees does binance have --format csv --explain
search launch --format json --explain --limit 40
search who founded binance --explain
list --format json
list --type quote,claim --format json
list --speaker "yi he" --format json
list --year 2017..2019 --mentions 2017 --format json
list --doc btcpeers-he-yi-2021 --topic nft --format json
list --format csv --limit 20
show techflow-he-yi-2025/q-d7725310 --format json
show d7725310 --format json
show nosuchid --format json
docs --format json
docs --type qa --format json
stats --format json
stats --by doc,type --format json
stats --by speaker,year --speaker "He Yi" --format json
speakers --format json
speakers --type quote --format json
kwic launched --format json
timeline --format json
conflicts --format json
compare "trading volume" --format json
related techflow-he-yi-2025/q-d7725310 --format json
list --limit 5
search maternity leave --limit 3
CMDS
}
extra=()
capture "$old" "$work/a"
extra=("$@")
capture "$new" "$work/b"
if diff -r "$work/a" "$work/b"; then echo "same output: $(ls "$work/a" | grep -c '\.cmd$') commands"; else exit 1; fi
