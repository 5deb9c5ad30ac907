# Shared by the bench scripts (sourced, not run).

# median and best wall time in ms of RUNS runs of a command, after one warm-up run; a non-zero exit
# (amend's 1, "differences", among them) does not stop the measure
measure() {
    local times=() start end i
    "$@" >/dev/null 2>&1 || true # warm-up
    for ((i = 0; i < RUNS; i++)); do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        times+=($(((end - start) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{t[NR] = $1} END {printf "%.1f %.1f\n", t[int((NR + 1) / 2)] / 1000, t[1] / 1000}'
}

# median wall times in ms of two commands, `measure_ab A... -- B...`: RUNS runs of each, taken in
# turn (A, B, A, B, …) after one warm-up run of each, so that a machine whose speed drifts during the
# measure (a shared virtual machine) slows both alike and their ratio stays true
measure_ab() {
    local a=() b=() i start end
    while [ "$1" != -- ]; do a+=("$1"); shift; done
    shift
    b=("$@")
    local ta=() tb=()
    "${a[@]}" >/dev/null 2>&1 || true
    "${b[@]}" >/dev/null 2>&1 || true
    for ((i = 0; i < RUNS; i++)); do
        start=$(date +%s%N)
        "${a[@]}" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        ta+=($(((end - start) / 1000)))
        start=$(date +%s%N)
        "${b[@]}" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        tb+=($(((end - start) / 1000)))
    done
    local median='{t[NR] = $1} END {printf "%.1f", t[int((NR + 1) / 2)] / 1000}'
    printf '%s %s\n' "$(printf '%s\n' "${ta[@]}" | sort -n | awk "$median")" "$(printf '%s\n' "${tb[@]}" | sort -n | awk "$median")"
}
