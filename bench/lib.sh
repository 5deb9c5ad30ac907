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
