# Shared by the bench scripts (sourced, not run).

# the wall time in µs of one run of a command, in $elapsed; a non-zero exit (amend's 1,
# "differences", among them) does not stop the measure
timed() {
    local start
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    elapsed=$((($(date +%s%N) - start) / 1000))
}

# the median and the best of times in µs, in ms
median_ms() {
    printf '%s\n' "$@" | sort -n | awk '{t[NR] = $1} END {printf "%.1f %.1f\n", t[int((NR + 1) / 2)] / 1000, t[1] / 1000}'
}

# median and best wall time in ms of RUNS runs of a command, after one warm-up run
measure() {
    local times=() i
    "$@" >/dev/null 2>&1 || true # warm-up
    for ((i = 0; i < RUNS; i++)); do
        timed "$@"
        times+=("$elapsed")
    done
    median_ms "${times[@]}"
}

# median wall times in ms of two commands, `measure_ab A... -- B...`: RUNS runs of each, taken in
# turn (A, B, A, B, …) after one warm-up run of each, so that a machine whose speed drifts during the
# measure (a shared virtual machine) slows both alike and their ratio stays true
measure_ab() {
    local a=() b=() ta=() tb=() i ma mb
    while [ "$1" != -- ]; do a+=("$1"); shift; done
    shift
    b=("$@")
    "${a[@]}" >/dev/null 2>&1 || true
    "${b[@]}" >/dev/null 2>&1 || true
    for ((i = 0; i < RUNS; i++)); do
        timed "${a[@]}"
        ta+=("$elapsed")
        timed "${b[@]}"
        tb+=("$elapsed")
    done
    read -r ma _ < <(median_ms "${ta[@]}")
    read -r mb _ < <(median_ms "${tb[@]}")
    echo "$ma $mb"
}
