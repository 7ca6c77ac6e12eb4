#!/usr/bin/env bash
# The catalogs against the sources: every string a user sees (src/core, src/gui, src/app) must be in
# translations/*.ts, none may be left there that the sources no longer have, and every Japanese
# message must be translated.
#   tools/check-translations.sh            fails when a catalog is out of date or unfinished
#   tools/check-translations.sh --update   refreshes the catalogs from the sources, keeping their
#                                          translations and dropping those of vanished strings
# The English catalog holds plural forms only ("1 token", "2 tokens"): the sources are English.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
SOURCES=(src/core src/gui src/app)
# No line numbers: a catalog changes when a string does, not when code moves around it.
OPTIONS=(-silent -locations none -no-ui-lines -extensions cpp,h,ui)

lupdate_into() { # catalog language
    local extra=()
    [ "$2" = en ] && extra=(-pluralonly)
    "$LUPDATE" "${OPTIONS[@]}" "${extra[@]}" "${@:3}" "${SOURCES[@]}" -ts "$1"
}

if [ "${1:-}" = "--update" ]; then
    for language in en ja; do
        lupdate_into "translations/tokendesk_$language.ts" "$language" -no-obsolete
    done
    echo "Updated translations/tokendesk_en.ts and translations/tokendesk_ja.ts;" \
        "translate what the check now reports as unfinished."
    exit 0
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for language in en ja; do
    committed="translations/tokendesk_$language.ts"
    cp "$committed" "$scratch/"
    lupdate_into "$scratch/tokendesk_$language.ts" "$language"
    if ! diff -u "$committed" "$scratch/tokendesk_$language.ts" >"$scratch/$language.diff"; then
        echo "$committed is out of date with the sources (+ missing, vanished = obsolete):" >&2
        grep -E '^[-+] ' "$scratch/$language.diff" | grep -E '<source>|type="(vanished|obsolete)"' >&2 || true
        status=1
    fi
done
# lupdate marks a new message unfinished; an empty finished one would show the English anyway.
unfinished=$(grep -c -E 'type="unfinished"|<translation>\s*</translation>|<numerusform>\s*</numerusform>|<translation/>|<numerusform/>' \
    "$scratch/tokendesk_ja.ts" || true)
if [ "$unfinished" -gt 0 ]; then
    echo "translations/tokendesk_ja.ts: $unfinished message(s) unfinished or empty:" >&2
    grep -B3 -E 'type="unfinished"|<translation>\s*</translation>|<translation/>|<numerusform/>' \
        "$scratch/tokendesk_ja.ts" | grep '<source>' >&2 || true
    status=1
fi
if [ "$status" -ne 0 ]; then
    echo "Run tools/check-translations.sh --update, then translate the new messages." >&2
    exit 1
fi
echo "Catalogs up to date."
