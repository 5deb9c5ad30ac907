#!/usr/bin/env bash
# `amend diff --format json` on every real-laws pair of the corpus, against the reference run in the
# same script: `git diff --no-index --word-diff=porcelain --word-diff-regex=.` of the same pair.
# For each pair: the median wall time of RUNS runs of each, taken in turn (ratio amend/git: below
# 1, amend is faster), and amend's peak memory (maximum resident size, from /usr/bin/time, less that of a run on
# two one-line files, so that the binary's own pages are not counted) as a multiple of the pair's
# size. With valgrind installed, also the instructions each executes (callgrind: repeatable on a busy
# machine, where wall times are not) and their ratio.
#
#   bench/pairs.sh        RUNS=31 bench/pairs.sh        AMEND=path/to/amend bench/pairs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-21}
if [ -z "${AMEND:-}" ]; then
    cargo build --release --quiet
    AMEND=target/release/amend
fi
[ -x /usr/bin/time ] || { echo "bench/pairs.sh needs /usr/bin/time (Debian package time)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
printf '甲\n' >"$WORK/a.txt"
printf '乙\n' >"$WORK/b.txt"

source bench/lib.sh

# peak resident size in KB of a command (the lowest of 3 runs: the kernel's accounting varies a little)
instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file="$WORK/callgrind" "$@" >/dev/null 2>&1 || true
    awk '/refs:/ {gsub(",", "", $NF); print $NF}' "$WORK/callgrind"
}

peak_kb() {
    local best='' kb i
    for i in 1 2 3; do
        /usr/bin/time -o "$WORK/time" -f '%M' "$@" >/dev/null 2>&1 || true
        kb=$(tail -1 "$WORK/time")
        [ -z "$best" ] || [ "$kb" -lt "$best" ] && best=$kb
    done
    echo "$best"
}

base_kb=$(peak_kb "$AMEND" diff --format json "$WORK/a.txt" "$WORK/b.txt")
has_valgrind=$(command -v valgrind >/dev/null && echo 1 || echo '')
printf '%-36s %7s %9s %9s %8s %9s %9s %10s\n' pair size amend git amend/git "mem (KB)" "mem/size" "instr a/g"
ratios=() iratios=()
for dir in corpus/real-laws/*/; do
    old=$dir/old.md new=$dir/new.md
    [ -f "$old" ] && [ -f "$new" ] || continue
    size=$(($(wc -c <"$old") + $(wc -c <"$new")))
    read -r a_med g_med < <(measure_ab "$AMEND" diff --format json "$old" "$new" -- \
        git diff --no-index --word-diff=porcelain --word-diff-regex=. "$old" "$new")
    kb=$(($(peak_kb "$AMEND" diff --format json "$old" "$new") - base_kb))
    ratio=$(awk -v a="$a_med" -v g="$g_med" 'BEGIN {printf "%.2f", a / g}')
    ratios+=("$ratio")
    iratio=-
    if [ -n "$has_valgrind" ]; then
        ia=$(instructions "$AMEND" diff --format json "$old" "$new")
        ig=$(instructions git diff --no-index --word-diff=porcelain --word-diff-regex=. "$old" "$new")
        iratio=$(awk -v a="$ia" -v g="$ig" 'BEGIN {printf "%.2f", a / g}')
        iratios+=("$iratio")
    fi
    printf '%-36s %6sK %7sms %7sms %8s %9s %8sx %10s\n' "$(basename "$dir")" $((size / 1024)) "$a_med" "$g_med" "$ratio" "$kb" \
        "$(awk -v k="$kb" -v s="$size" 'BEGIN {printf "%.1f", k * 1024 / s}')" "$iratio"
done
summary() {
    sort -n | awk -v what="$1" '{r[NR] = $1} END {printf "%s over %d pairs: best %s, median %s, worst %s\n", what, NR, r[1], r[int((NR + 1) / 2)], r[NR]}'
}
printf '%s\n' "${ratios[@]}" | summary "time amend/git"
[ ${#iratios[@]} -eq 0 ] || printf '%s\n' "${iratios[@]}" | summary "instructions amend/git"
echo "(baseline: two one-line files, $base_kb KB resident)"

