#!/usr/bin/env bash
# The catalogs against the sources: every string a user sees (src/core, src/gui, src/app, src/cli) must be in
# translations/*.ts, none may be left there that the sources no longer have, and every Japanese
# message must be translated.
#   tools/check-translations.sh            fails when a catalog is out of date or unfinished
#   tools/check-translations.sh --update   refreshes the catalogs from the sources, keeping their
#                                          translations and dropping those of vanished strings
# The English catalog holds plural forms only ("1 token", "2 tokens"): the sources are English.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
SOURCES=(src/core src/gui src/app src/cli)
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

# The source of each message whose translation matches the pattern: lupdate puts <source> (and
# perhaps a comment) before <translation>.
sources_of() { # pattern file
    awk -v pattern="$1" '/<source>/ { source = $0 } /<translation|<numerusform/ && $0 ~ pattern { print source }' "$2" |
        sed -e 's/^ *<source>/    /' -e 's/<\/source>$//' | sort -u
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for language in en ja; do
    committed="translations/tokendesk_$language.ts"
    fresh="$scratch/tokendesk_$language.ts"
    cp "$committed" "$fresh"
    lupdate_into "$fresh" "$language"
    if ! cmp -s "$committed" "$fresh"; then
        echo "$committed is out of date with the sources." >&2
        status=1
    fi
    obsolete=$(sources_of 'type="(vanished|obsolete)"' "$fresh")
    [ -n "$obsolete" ] && printf '  no longer in the sources:\n%s\n' "$obsolete" >&2
    # A new message comes in unfinished; an empty finished one would show the English anyway.
    unfinished=$(sources_of 'type="unfinished"|<translation></translation>|<translation/>|<numerusform></numerusform>|<numerusform/>' "$fresh")
    [ -n "$unfinished" ] && printf '  not translated in %s:\n%s\n' "$committed" "$unfinished" >&2 && status=1
done
if [ "$status" -ne 0 ]; then
    echo "Run tools/check-translations.sh --update, then translate what is listed above." >&2
    exit 1
fi
echo "Catalogs up to date."
