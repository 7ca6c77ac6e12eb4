#!/usr/bin/env bash
# TokenDesk's one entry point on Debian/Ubuntu:
#   ./build.sh demo   install what is missing, build, and start TokenDesk on its demo (sandbox) data
#   ./build.sh test   install what is missing, build, and run the whole test suite
#   ./build.sh build  install what is missing and build
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

BUILD_DIR=${TOKENDESK_BUILD_DIR:-build}

# Debian 12 package names; each one is explained in README.md ("Dependencies").
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-httpserver-dev
    qt6-websockets-dev # Qt6HttpServer's CMake package needs it, but qt6-httpserver-dev does not depend on it
    libgl-dev          # Qt6Gui's CMake package looks for OpenGL headers
    qt6-svg-dev libqt6svg6   # SVG icons (the icon engine plugin is in libqt6svg6)
    qt6-l10n-tools qt6-tools-dev # lupdate/lrelease, and the CMake package with qt_add_translations
    qt6-translations-l10n    # Qt's own catalogs (qtbase_ja.qm): the buttons and dialogs Qt draws
    qtkeychain-qt6-dev libsecret-1-0 # credentials in the OS keychain (QtKeychain loads libsecret at run time)
    openssl ca-certificates  # TLS tests make their certificates with the openssl command
    dbus-daemon gnome-keyring # tests: a private D-Bus session with a real Secret Service
    at-spi2-core python3-pyatspi # tests: the window driven through its accessibility tree, as a screen reader does
    xvfb xauth               # the demo on a machine without a display; screenshots
)

build() {
    tools/install-missing.sh "${PACKAGES[@]}"
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTOKENDESK_WARNINGS_AS_ERRORS="$werror"
    cmake --build "$BUILD_DIR"
}

case "${1:-}" in
build)
    build
    ;;
demo)
    build
    exec "$BUILD_DIR/src/app/tokendesk" --demo
    ;;
test)
    build
    ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 600 -j "$(nproc)"
    ;;
*)
    echo "usage: $0 demo|test|build" >&2
    exit 2
    ;;
esac
