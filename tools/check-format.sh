#!/usr/bin/env bash
# Fails when a tracked C++ file is not as .clang-format (clang-format 14, Debian 12's) would write it.
#   tools/check-format.sh        check, naming each file that differs
#   tools/check-format.sh --fix  rewrite them
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
tools/install-missing.sh clang-format

mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
unformatted=()
for file in "${files[@]}"; do
    clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || unformatted+=("$file")
done
if [ ${#unformatted[@]} -gt 0 ]; then
    printf 'Not clang-format clean (tools/check-format.sh --fix rewrites them):\n' >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    exit 1
fi
echo "clang-format: ${#files[@]} files clean"
