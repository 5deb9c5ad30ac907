#!/usr/bin/env bash
# Times `amend diff --format json` against `git diff --no-index --word-diff=porcelain --word-diff-regex=.`
# on the largest pair of the corpus and on a 10x larger synthetic pair (the pair concatenated with
# itself ten times, numbering continued: bench/synth.py). Prints the median and best of RUNS runs
# and the ratio amend/git (below 1: amend is faster).
#
#   bench/diff.sh            RUNS=20 bench/diff.sh            PAIR=corpus/real-laws/company-law-2023 bench/diff.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-15}
PAIR=${PAIR:-corpus/real-laws/criminal-law-2023}
if [ -z "${AMEND:-}" ]; then # AMEND=path/to/amend times another build (a before/after comparison)
    cargo build --release --quiet
    AMEND=target/release/amend
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 bench/synth.py "$PAIR/old.md" 10 >"$WORK/old10.md"
python3 bench/synth.py "$PAIR/new.md" 10 >"$WORK/new10.md"

source bench/lib.sh

printf '%-34s %9s %12s %12s %12s %12s %10s\n' pair size "amend med" "amend best" "git med" "git best" amend/git
for case in "$PAIR/old.md $PAIR/new.md" "$WORK/old10.md $WORK/new10.md"; do
    set -- $case
    "$AMEND" diff --format json "$1" "$2" >/dev/null || [ $? -eq 1 ] # it runs (1: differences)
    read -r a_med a_best < <(measure "$AMEND" diff --format json "$1" "$2")
    read -r g_med g_best < <(measure git diff --no-index --word-diff=porcelain --word-diff-regex=. "$1" "$2")
    size=$(($(wc -c <"$1") + $(wc -c <"$2")))
    name=$(basename "$(dirname "$1")")
    [ "$name" = "$(basename "$WORK")" ] && name="$(basename "$PAIR") x10"
    printf '%-34s %8sK %10sms %10sms %10sms %10sms %10s\n' "$name" $((size / 1024)) "$a_med" "$a_best" "$g_med" "$g_best" \
        "$(awk -v a="$a_med" -v g="$g_med" 'BEGIN {printf "%.2f", a / g}')"
done
echo "(amend also aligns every clause: $("$AMEND" diff --format json "$WORK/old10.md" "$WORK/new10.md" | tail -1 | python3 -c 'import json,sys; s=json.load(sys.stdin)["summary"]["clauses"]; print(sum(s.values()), "clause units,", s["modified"], "modified")'))"
