#!/usr/bin/env bash
# Regenerates bench/hot-functions.txt, the order in which the linker lays out the functions of the
# `amend` binary (build.rs passes it to lld as --symbol-ordering-file): the functions that amend's
# jobs run, as callgrind sees them run on the corpus, first and side by side. The kernel maps a
# binary's code 64 KB at a time around each page touched, so code that runs together, packed
# together, costs a run on a large law about 0.4 MB less resident memory and a little start-up time.
# Names that no longer exist after a change are ignored by the linker; rerun this script after a
# large change (it takes a few minutes) and commit the file.
#
#   bench/layout.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "bench/layout.sh needs valgrind (Debian package valgrind)" >&2; exit 2; }
cargo build --release --quiet
AMEND=${CARGO_TARGET_DIR:-target}/release/amend
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
printf '甲\n' >"$WORK/a.txt"
printf '乙\n' >"$WORK/b.txt"
LAW=corpus/real-laws/criminal-law-2023
POLICY=corpus/fujian-2020
jobs=(
    "diff --format json $WORK/a.txt $WORK/b.txt"
    "diff --format json $LAW/old.md $LAW/new.md"
    "diff --color always $LAW/old.md $LAW/new.md"
    "diff --format unified $LAW/old.md $LAW/new.md"
    "diff --format markdown $LAW/old.md $LAW/new.md"
    "diff --format html $LAW/old.md $LAW/new.md"
    "apply $LAW/decision.md $LAW/old.md"
    "check $POLICY"
    "instructions $POLICY/notice.txt"
    "parse $LAW/old.md"
    "derive $LAW/old.md $LAW/new.md"
)
# then every real-laws pair diffed, and each decision applied: the forms of other laws run other code
for dir in corpus/real-laws/*/; do
    jobs+=("diff --format json ${dir}old.md ${dir}new.md" "apply ${dir}decision.md ${dir}old.md")
done
profiles=()
for i in "${!jobs[@]}"; do
    # shellcheck disable=SC2086 # each job is a command line of words without spaces
    valgrind --tool=callgrind --demangle=no --callgrind-out-file="$WORK/cg.$i" "$AMEND" ${jobs[$i]} >/dev/null 2>&1 || true
    [ -s "$WORK/cg.$i" ] || { echo "callgrind wrote no profile of: amend ${jobs[$i]}" >&2; exit 1; }
    profiles+=("$WORK/cg.$i")
done
python3 bench/hot_functions.py "$AMEND" "${profiles[@]}" >"$WORK/hot.txt"
mv "$WORK/hot.txt" bench/hot-functions.txt
echo "bench/hot-functions.txt: $(wc -l <bench/hot-functions.txt) functions"
