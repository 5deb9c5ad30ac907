#!/usr/bin/env bash
# Times amend's main job against a reference run in the same script:
#  1. `amend check corpus/fujian-2020`: parse the notice, apply 15 instructions to four originals and
#     compare each result with its published text clause by clause;
#     reference: `git diff --no-index --word-diff=porcelain --word-diff-regex=.` of the same four
#     original/published pairs (what a reviewer would otherwise run, with no amendment applied);
#  2. `amend apply` of a synthetic 200-instruction decision (bench/synth_decision.py) to the longest
#     law of the corpus, the Criminal Law (218 KB); reference: git's word diff of the law before and
#     after. Prints the median and best of RUNS runs, the ratio amend/git and the throughput.
#
#   bench/apply.sh            RUNS=30 bench/apply.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-15}
if [ -z "${AMEND:-}" ]; then # AMEND=path/to/amend times another build (a before/after comparison)
    cargo build --release --quiet
    AMEND=target/release/amend
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LAW=corpus/real-laws/criminal-law-2023/new.md
python3 bench/synth_decision.py "$LAW" 200 >"$WORK/decision.txt"
[ "$("$AMEND" instructions "$WORK/decision.txt" | wc -l)" -eq 200 ] || { echo "the synthetic decision does not read as 200 instructions" >&2; exit 1; }
"$AMEND" apply "$WORK/decision.txt" "$LAW" -o "$WORK/after.md"
"$AMEND" check corpus/fujian-2020 >/dev/null

source bench/lib.sh

fujian_git() {
    for n in 1 2 3 4; do
        git diff --no-index --word-diff=porcelain --word-diff-regex=. corpus/fujian-2020/original/$n.txt corpus/fujian-2020/published/$n.txt
    done
}

printf '%-46s %10s %10s %10s %10s %9s %s\n' job "amend med" "amend best" "git med" "git best" amend/git throughput
read -r a_med a_best < <(measure "$AMEND" check corpus/fujian-2020)
read -r g_med g_best < <(measure fujian_git)
kb=$(( ($(cat corpus/fujian-2020/original/*.txt corpus/fujian-2020/published/*.txt | wc -c)) / 1024 ))
printf '%-46s %8sms %8sms %8sms %8sms %9s %s\n' "check fujian-2020 (4 docs, 15 instr., ${kb} KB)" "$a_med" "$a_best" "$g_med" "$g_best" \
    "$(awk -v a="$a_med" -v g="$g_med" 'BEGIN {printf "%.2f", a / g}')" \
    "$(awk -v a="$a_med" 'BEGIN {printf "%.0f instructions/s", 15 / (a / 1000)}')"
read -r a_med a_best < <(measure "$AMEND" apply "$WORK/decision.txt" "$LAW")
read -r g_med g_best < <(measure git diff --no-index --word-diff=porcelain --word-diff-regex=. "$LAW" "$WORK/after.md")
kb=$(($(wc -c <"$LAW") / 1024))
printf '%-46s %8sms %8sms %8sms %8sms %9s %s\n' "apply 200 instructions to 刑法 (${kb} KB)" "$a_med" "$a_best" "$g_med" "$g_best" \
    "$(awk -v a="$a_med" -v g="$g_med" 'BEGIN {printf "%.2f", a / g}')" \
    "$(awk -v a="$a_med" -v k="$kb" 'BEGIN {printf "%.0f instructions/s, %.1f MB/s", 200 / (a / 1000), k / 1024 / (a / 1000)}')"
