#!/usr/bin/env bash
# Runs clang-tidy (Debian 12's, version 14) with the repository's .clang-tidy over the product's sources
# (src/, bench/) in a configured and built tree, and fails on any finding.
#   tools/run-clang-tidy.sh [BUILD_DIR]   (default: build; the tree must be built, for moc and uic output)
# Tests are left out: QtTest's macros expand into what the bugprone checks flag, and the tests are read
# by the sanitizer run instead.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
build_dir=${1:-build}
tools/install-missing.sh clang-tidy

[ -f "$build_dir/compile_commands.json" ] || { echo "no $build_dir/compile_commands.json: configure and build first" >&2; exit 2; }
mapfile -t sources < <(git ls-files 'src/*.cpp' 'bench/*.cpp')
run-clang-tidy -quiet -p "$build_dir" -j "$(nproc)" "${sources[@]/#/$PWD/}" >"$build_dir/clang-tidy.log" 2>&1 || status=$?
# run-clang-tidy always asks for colour: strip it, then name each finding once.
sed 's/\x1b\[[0-9;]*m//g' "$build_dir/clang-tidy.log" | grep -E '(warning|error): ' | sort -u >&2 || true
if [ "${status:-0}" -ne 0 ]; then
    echo "clang-tidy found problems (whole output: $build_dir/clang-tidy.log)" >&2
    exit 1
fi
echo "clang-tidy: ${#sources[@]} files, no findings"
