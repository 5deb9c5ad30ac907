#!/usr/bin/env bash
# Times `amend history` on a synthetic chain of STEPS decisions (default 20) on the longest law of
# the corpus, the Criminal Law (218 KB): each decision (bench/synth_decision.py, 10 instructions,
# its own seed) is made from the version the previous one produced. Reference, in the same script:
# the same chain carried by hand, STEPS single `amend apply` runs each reading the previous output
# (what an archivist would run without `history`). `amend history` also diffs every step and
# threads the clause histories, and writes every version: the ratio says what that costs.
# Prints the median and best of RUNS runs and the ratio history/applies.
#
#   bench/history.sh            RUNS=21 STEPS=20 bench/history.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-11}
STEPS=${STEPS:-20}
if [ -z "${AMEND:-}" ]; then # AMEND=path/to/amend times another build (a before/after comparison)
    cargo build --release --quiet
    AMEND=$PWD/target/release/amend
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
LAW=corpus/real-laws/criminal-law-2023/new.md
cp "$LAW" "$WORK/v0.md"
decisions=()
for ((k = 1; k <= STEPS; k++)); do
    python3 bench/synth_decision.py "$WORK/v$((k - 1)).md" 10 "$k" >"$WORK/d$k.txt"
    "$AMEND" apply "$WORK/d$k.txt" "$WORK/v$((k - 1)).md" -o "$WORK/v$k.md"
    decisions+=("$WORK/d$k.txt")
done
# the chain gives the same last version as the steps by hand
"$AMEND" history "$WORK/v0.md" "${decisions[@]}" -o "$WORK/out" 2>/dev/null
last=$(ls "$WORK/out" | grep -v history | sort -V | tail -1)
cmp -s "$WORK/out/$last" "$WORK/v$STEPS.md" || { echo "amend history's last version differs from the chain applied by hand" >&2; exit 1; }

source bench/lib.sh

by_hand() {
    for ((k = 1; k <= STEPS; k++)); do
        "$AMEND" apply "$WORK/d$k.txt" "$WORK/v$((k - 1)).md" -o "$WORK/h$k.md"
    done
}

printf '%-52s %10s %10s %s\n' job median best ratio
read -r h_med h_best < <(measure "$AMEND" history "$WORK/v0.md" "${decisions[@]}" -o "$WORK/out")
read -r j_med j_best < <(measure "$AMEND" history "$WORK/v0.md" "${decisions[@]}" --format json)
read -r a_med a_best < <(measure by_hand)
read -r s_med s_best < <(measure "$AMEND" apply "$WORK/d1.txt" "$WORK/v0.md")
kb=$(($(wc -c <"$LAW") / 1024))
printf '%-52s %8sms %8sms %s\n' "$STEPS x amend apply, by hand (刑法, ${kb} KB, 10 instr. each)" "$a_med" "$a_best" "1.00"
printf '%-52s %8sms %8sms %s\n' "amend history -o DIR ($STEPS steps, $((STEPS + 2)) files written)" "$h_med" "$h_best" \
    "$(awk -v h="$h_med" -v a="$a_med" 'BEGIN {printf "%.2f", h / a}')"
printf '%-52s %8sms %8sms %s\n' "amend history --format json (to stdout)" "$j_med" "$j_best" \
    "$(awk -v h="$j_med" -v a="$a_med" 'BEGIN {printf "%.2f", h / a}')"
printf '%-52s %8sms %8sms %s\n' "one amend apply (step 1)" "$s_med" "$s_best" \
    "$(awk -v h="$s_med" -v a="$a_med" 'BEGIN {printf "%.2f", h / a}')"
