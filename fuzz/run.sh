#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang and fuzzes each one, two at a time.
#
#   fuzz/run.sh                     fuzz every target for FUZZ_SECONDS (CI runs this)
#   fuzz/run.sh TARGET...           only these targets, e.g. fuzz/run.sh fuzz_sandbox_request
#   fuzz/run.sh --merge [TARGET...] then add the inputs that reached new coverage to
#                                   fuzz/corpus/<target>, for a developer to review and commit
#
# Environment: FUZZ_SECONDS (default 60) per target, FUZZ_BUILD_DIR (default build-fuzz), FUZZ_JOBS
# (default 2, one target per core).
#
# Every target starts from a copy of its committed corpus in the build directory, so a run never
# writes into the source tree (only --merge does). A crash, leak, undefined behaviour, timeout or
# broken invariant fails the script, which names the saved input; replay it with
# `<build dir>/fuzz/<target> <input>`, and once fixed, copy it into fuzz/corpus/<target> so that
# ctest replays it from then on.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

FUZZ_SECONDS=${FUZZ_SECONDS:-60}
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
JOBS=${FUZZ_JOBS:-2}
ALL_TARGETS=(fuzz_list_reply fuzz_create_reply fuzz_update_reply fuzz_revoke_reply fuzz_error_reply
    fuzz_sandbox_request)
# Debian 12: clang is clang 14, and libFuzzer's runtime comes with its compiler-rt package.
PACKAGES=(clang libclang-rt-14-dev)

merge=false
targets=()
for argument in "$@"; do
    case "$argument" in
    --merge) merge=true ;;
    fuzz_*) targets+=("$argument") ;;
    *)
        echo "usage: $0 [--merge] [TARGET...]; targets: ${ALL_TARGETS[*]}" >&2
        exit 2
        ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TARGETS[@]}")

dictionary_of() {
    case "$1" in
    fuzz_sandbox_request) echo fuzz/sandbox.dict ;;
    *) echo fuzz/replies.dict ;;
    esac
}

# Runs one target in its own directory under the build directory: corpus/ (the working corpus),
# artifacts/ (what libFuzzer saves on a failure), log, seconds and status (libFuzzer's exit code).
fuzz_target() {
    local target=$1 work=$BUILD_DIR/fuzz-run/$1
    rm -rf "$work"
    mkdir -p "$work/artifacts"
    cp -r "fuzz/corpus/$target" "$work/corpus"
    local started=$SECONDS status=0
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$BUILD_DIR/fuzz/$target" -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=2048 -timeout=30 \
        -dict="$(dictionary_of "$target")" -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
        "$work/corpus" >"$work/log" 2>&1 || status=$?
    echo $((SECONDS - started)) >"$work/seconds"
    echo "$status" >"$work/status"
}

tools/install-missing.sh "${PACKAGES[@]}"
CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1" -DTOKENDESK_FUZZ=ON -DTOKENDESK_WARNINGS_AS_ERRORS=ON
cmake --build "$BUILD_DIR" -j "$JOBS"

echo "Fuzzing ${targets[*]} for ${FUZZ_SECONDS} s each, $JOBS at a time"
running=0
for target in "${targets[@]}"; do
    if [ "$running" -ge "$JOBS" ]; then
        wait -n
        running=$((running - 1))
    fi
    fuzz_target "$target" &
    running=$((running + 1))
done
wait

failed=()
for target in "${targets[@]}"; do
    [ "$(cat "$BUILD_DIR/fuzz-run/$target/status")" -eq 0 ] || failed+=("$target")
done

printf '\n%-22s %8s %12s %8s %8s %8s %10s  %s\n' target seconds runs cov ft corpus bytes result
for target in "${targets[@]}"; do
    log=$BUILD_DIR/fuzz-run/$target/log
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    status_line=$(grep -E '^#[0-9]+' "$log" | grep ' cov: ' | tail -1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$status_line")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$status_line")
    files=$(find "$BUILD_DIR/fuzz-run/$target/corpus" -type f | wc -l)
    bytes=$(du -sb "$BUILD_DIR/fuzz-run/$target/corpus" | cut -f1)
    result=ok
    [[ " ${failed[*]} " == *" $target "* ]] && result=FAILED
    printf '%-22s %8s %12s %8s %8s %8s %10s  %s\n' "$target" "$(cat "$BUILD_DIR/fuzz-run/$target/seconds")" \
        "${runs:--}" "${cov:--}" "${ft:--}" "$files" "$bytes" "$result"
done

if [ ${#failed[@]} -gt 0 ]; then
    for target in "${failed[@]}"; do
        log=$BUILD_DIR/fuzz-run/$target/log
        echo
        echo "=== $target failed; the end of $log:"
        tail -n 60 "$log"
        echo "Crashing input(s) of $target:"
        find "$BUILD_DIR/fuzz-run/$target/artifacts" -type f -printf '  %p\n'
    done
    exit 1
fi

if $merge; then
    for target in "${targets[@]}"; do
        before=$(find "fuzz/corpus/$target" -type f | wc -l)
        "$BUILD_DIR/fuzz/$target" -merge=1 "fuzz/corpus/$target" "$BUILD_DIR/fuzz-run/$target/corpus" \
            >"$BUILD_DIR/fuzz-run/$target/merge.log" 2>&1
        echo "$target: $(($(find "fuzz/corpus/$target" -type f | wc -l) - before)) inputs added to fuzz/corpus/$target"
    done
fi
