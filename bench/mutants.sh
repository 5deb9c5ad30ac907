#!/usr/bin/env bash
# Mutation testing of the engine (cargo-mutants, installed here if missing): every small wrong
# change to src/apply, src/notice, src/text/numerals.rs and src/diff/align.rs must make a test
# fail. The areas, the tests run per mutant and the equivalent mutants (with why) are in
# .cargo/mutants.toml. Not part of `cargo test`: a full run takes hours on two cores, so a shard
# can be run (SHARD=1/10 runs one mutant in ten, a sample of every file), or one file (FILE=src/text/numerals.rs).
# Prints cargo-mutants' summary (caught / missed / unviable / timeouts); the missed mutants are
# listed in mutants.out/missed.txt.
#
#   bench/mutants.sh        SHARD=3/20 bench/mutants.sh        FILE=src/diff/align.rs JOBS=2 bench/mutants.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-mutants >/dev/null || cargo install cargo-mutants --locked
args=(--jobs "${JOBS:-1}" --no-shuffle)
# round-robin: a shard is every n-th mutant, a sample of all the files (cargo-mutants' default
# takes a consecutive slice, a few files)
[ -n "${SHARD:-}" ] && args+=(--shard "$SHARD" --sharding round-robin)
[ -n "${FILE:-}" ] && args+=(--re "^$FILE:")
cargo mutants "${args[@]}" "$@" || true
for f in caught missed unviable timeout; do
    printf '%-9s %s\n' "$f" "$( [ -f mutants.out/$f.txt ] && wc -l <mutants.out/$f.txt || echo 0)"
done
