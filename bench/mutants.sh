#!/usr/bin/env bash
# Mutation testing of the engine (cargo-mutants, installed here if missing): every small wrong
# change to src/apply, src/notice, src/text/numerals.rs and src/diff/align.rs must make a test
# fail. The areas, the tests run per mutant and the equivalent mutants (with why) are in
# .cargo/mutants.toml. Not part of `cargo test`.
#
# A full run is some 4,500 mutants, about 15 s each on two cores: more than a day. So the run is
# kept in a ledger, bench/mutants-ledger/{caught,unviable,missed,timeout}.txt, committed with the
# code: each run tests the mutants of the current tree that the ledger does not hold as caught or
# unviable (the missed and timed-out ones again, and any whose line moved or changed, since a mutant
# is named by its file, line, column and change), for as long as it is given, and adds what it finds.
# A run cut off (a stop, ^C, a killed session) keeps what it tested: the next run merges it first.
#
#   bench/mutants.sh                 go on with the full run (tests what the ledger lacks)
#   bench/mutants.sh report          the ledger against the current tree: counts, and the missed
#   SHARD=3/20 bench/mutants.sh      one mutant in twenty, a sample of every file
#   FILE=src/diff/align.rs bench/mutants.sh
#   bench/mutants.sh run --re 'units.rs:648'   options after `run` go to cargo-mutants
#   bench/mutants.sh merge DIR       add a cargo-mutants output (DIR/mutants.out) to the ledger
#
# JOBS (default 2) builds and tests that many mutants at once.
set -euo pipefail
cd "$(dirname "$0")/.."
ledger=bench/mutants-ledger
out=target/mutants-run
kinds=(caught unviable missed timeout)
mkdir -p "$ledger"
for k in "${kinds[@]}"; do touch "$ledger/$k.txt"; done

# The names of the mutants the current tree has (the config's areas, its exclusions applied).
current() { cargo mutants --list 2>/dev/null; }

# merge DIR [drop]: each mutant DIR/mutants.out tested takes its new outcome in the ledger; then
# the ledger keeps only the mutants the current tree has. With `drop`, the run's output goes after.
merge() {
    local run=$1/mutants.out
    [ -d "$run" ] || return 0
    local tested now
    tested=$(mktemp) now=$(mktemp)
    for k in "${kinds[@]}"; do [ -f "$run/$k.txt" ] && cat "$run/$k.txt"; done | sort -u >"$tested"
    current | sort -u >"$now"
    for k in "${kinds[@]}"; do
        { grep -vxF -f "$tested" "$ledger/$k.txt" || true
          [ -f "$run/$k.txt" ] && cat "$run/$k.txt"
        } | sort -u | { grep -xF -f "$now" || true; } >"$ledger/$k.txt.new"
        mv "$ledger/$k.txt.new" "$ledger/$k.txt"
    done
    printf '%s %s: %s mutants tested\n' "$(date -u +%F)" "$(git rev-parse --short HEAD)" \
        "$(wc -l <"$tested")" >>"$ledger/runs.txt"
    rm -f "$tested" "$now"
    [ "${2:-}" = drop ] && rm -rf "$run"
    return 0
}

report() {
    local now n sum=0 c
    now=$(mktemp)
    current | sort -u >"$now"
    n=$(wc -l <"$now")
    echo "mutants of the current tree: $n"
    for k in "${kinds[@]}"; do
        c=$(grep -cxF -f "$now" "$ledger/$k.txt" || true)
        sum=$((sum + c))
        printf '  %-9s %s\n' "$k" "$c"
    done
    printf '  %-9s %s\n' "not run" "$((n - sum))"
    stale_exclusions
    if [ -s "$ledger/missed.txt" ]; then
        echo "missed (kill each with a test, or list it in .cargo/mutants.toml with why it is equivalent):"
        sed 's/^/  /' "$ledger/missed.txt"
    fi
    rm -f "$now"
}

# An exclusion of .cargo/mutants.toml names its mutant by line and column: when the code above it
# moves, it names nothing, and the equivalent mutant it stood for is tested (and missed) again.
# Each exclusion must still match a mutant of the areas.
stale_exclusions() {
    python3 - <<'PY'
import re, subprocess, tomllib
config = tomllib.load(open(".cargo/mutants.toml", "rb"))
globs = [a for g in config["examine_globs"] for a in ("-f", g)]
names = subprocess.run(["cargo", "mutants", "--list", "--no-config", *globs],
                       capture_output=True, text=True, check=True).stdout.splitlines()
stale = [p for p in config["exclude_re"] if not any(re.search(p, n) for n in names)]
if stale:
    print(f"exclusions in .cargo/mutants.toml that name no mutant now (their code moved or went): {len(stale)}")
    for p in stale:
        print("  " + p)
PY
}

command -v cargo-mutants >/dev/null || cargo install cargo-mutants --locked
case "${1:-run}" in
report) report; exit 0 ;;
merge) merge "$2"; report; exit 0 ;;
run) shift $(($# > 0)) ;;
*) echo "usage: bench/mutants.sh [run [cargo-mutants options]|report|merge DIR]" >&2; exit 2 ;;
esac

merge "$out" drop   # a run cut off before its merge
mkdir -p "$out/mutants.out"
cp "$ledger/caught.txt" "$ledger/unviable.txt" "$out/mutants.out/"
# the mutants profile (Cargo.toml): the dependencies optimised, no debug info
args=(--jobs "${JOBS:-2}" --shuffle --iterate --profile mutants -o "$out")
# round-robin: a shard is every n-th mutant, a sample of all the files
[ -n "${SHARD:-}" ] && args+=(--shard "$SHARD" --sharding round-robin)
[ -n "${FILE:-}" ] && args+=(--re "^$FILE:")
cargo mutants "${args[@]}" "$@" || true
merge "$out" drop
report
