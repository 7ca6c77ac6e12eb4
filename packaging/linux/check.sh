#!/usr/bin/env bash
# The Linux packaging check (run by .ci/run): builds the .deb, .rpm and .tar.gz, lints them and the
# desktop integration files, then installs the .deb with apt into a fresh Debian 12 root and there
# runs the installed app: --version, the demo offscreen, and one HTTPS request to the installed
# sandbox through a test CA. Then it purges the package and checks that nothing of it is left.
#
# Run as root on Debian 12 (it installs what it lacks with apt-get); needs the Debian mirror.
# TOKENDESK_PKG_BUILD_DIR: the build directory (default build-pkg, reused between runs). A new one
# is configured for Release without tests; an existing one (CI's build/) is used as it is configured.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."

BUILD_DIR=${TOKENDESK_PKG_BUILD_DIR:-build-pkg}
APP_ID=io.github.tokendesk.TokenDesk
SERVICE_ID=715948317

PACKAGES=(
    cmake ninja-build g++ qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libgl-dev qt6-svg-dev
    qtkeychain-qt6-dev
    qt6-l10n-tools qt6-tools-dev # the catalogs: lrelease and qt_add_translations
    dpkg-dev file      # CPack's shlibdeps
    rpm rpmlint lintian desktop-file-utils appstream
    mmdebstrap openssl
)

started=$SECONDS
step() { printf '\n== [%3ds] %s\n' "$((SECONDS - started))" "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

work=$(mktemp -d /tmp/tokendesk-pkgcheck.XXXXXX)
root=$work/root
sandbox_pid=
cleanup() {
    if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null || true; fi
    # Unmount before deleting, or rm would descend into the host's /dev and /proc.
    for mount in "$root/dev" "$root/proc"; do
        if mountpoint -q "$mount"; then umount --lazy "$mount"; fi
    done
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT

step "Tools"
tools/install-missing.sh "${PACKAGES[@]}"

step "Build and package (CPack DEB, RPM, TGZ)"
if [ -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD_DIR" >/dev/null
else
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTOKENDESK_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$BUILD_DIR" --target tokendesk tokendesk-cli tokendesk-sandbox
rm -rf "$BUILD_DIR/pkg"
(cd "$BUILD_DIR" && cpack -G "DEB;RPM;TGZ" -B pkg >/dev/null)
debs=("$BUILD_DIR"/pkg/*.deb)
rpms=("$BUILD_DIR"/pkg/*.rpm)
deb=${debs[0]}
rpm=${rpms[0]}
ls -l "$BUILD_DIR"/pkg/*.deb "$BUILD_DIR"/pkg/*.rpm "$BUILD_DIR"/pkg/*.tar.gz
dpkg-deb --field "$deb" Package Version Depends Recommends

step "Package contents"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in usr/bin/tokendesk usr/bin/tokendesk-cli usr/bin/tokendesk-sandbox \
    "usr/share/applications/$APP_ID.desktop" "usr/share/metainfo/$APP_ID.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" "usr/share/icons/hicolor/48x48/apps/$APP_ID.png" \
    "usr/share/icons/hicolor/512x512/apps/$APP_ID.png" \
    usr/share/man/man1/tokendesk.1.gz usr/share/man/man1/tokendesk-cli.1.gz usr/share/man/man1/tokendesk-sandbox.1.gz \
    usr/share/bash-completion/completions/tokendesk-cli usr/share/zsh/vendor-completions/_tokendesk-cli \
    usr/share/doc/tokendesk/copyright usr/share/doc/tokendesk/changelog.gz; do
    grep -qx "\./$path" <<<"$contents" || fail "$path is not in the .deb"
    echo "ok  /$path"
done

step "lintian"
lintian --fail-on error,warning --suppress-tags initial-upload-closes-no-bugs --info "$deb"
echo "lintian: no error or warning"

step "desktop-file-validate and appstreamcli validate --no-net"
desktop-file-validate "packaging/linux/$APP_ID.desktop"
appstreamcli validate --no-net "packaging/linux/$APP_ID.metainfo.xml"

step "rpmlint"
rpmlint --config packaging/linux/rpmlint.toml --info "$rpm"

step "Fresh Debian 12 root (mmdebstrap)"
# The same archive areas as this machine's apt, without copying its configuration.
# shellcheck disable=SC2016 # $(...) are apt's placeholders, not the shell's
mapfile -t mirrors < <(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 'Created-By: Packages' \
    | sort -u | awk '{print "deb " $1 " " $2 " main"}')
[ ${#mirrors[@]} -gt 0 ] || fail "no Debian mirror in this machine's apt sources"
mmdebstrap --quiet --variant=apt --skip=cleanup/apt/lists bookworm "$root" "${mirrors[@]}"
cp "$deb" "$root/tmp/"
mount --bind /dev "$root/dev"
mount -t proc proc "$root/proc"
mkdir -m 700 "$root/run/user-root"
root_env=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 XDG_RUNTIME_DIR=/run/user-root)
in_root() {
    chroot "$root" "${root_env[@]}" "$@"
}
# Every path but the ones that change by themselves, to compare after the purge.
snapshot() {
    in_root find / -xdev \( -path /proc -o -path /dev -o -path /tmp -o -path /root -o -path /var/cache \
        -o -path /var/log -o -path /var/lib/apt -o -path /var/lib/dpkg \) -prune -o -print | sort
}
snapshot >"$work/before.txt"

step "apt-get install ./$(basename "$deb")"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$deb")" >"$work/apt-install.log" || { cat "$work/apt-install.log"; fail "apt install"; }
grep -E '^[0-9]+ upgraded, [0-9]+ newly installed' "$work/apt-install.log"

step "tokendesk --version (installed)"
version=$(in_root tokendesk --version)
echo "$version"
[ "$version" = "TokenDesk $(dpkg-deb --field "$deb" Version)" ] || fail "--version does not print the package version"
in_root tokendesk-sandbox --version
cli_version=$(in_root tokendesk-cli --version)
echo "$cli_version"
[ "$cli_version" = "tokendesk-cli $(dpkg-deb --field "$deb" Version)" ] || fail "tokendesk-cli --version is wrong"

step "Demo, offscreen (runs 5 s, must still be running)"
status=0
in_root env QT_QPA_PLATFORM=offscreen timeout 5 tokendesk --demo --demo-tokens 200 \
    >"$work/demo.log" 2>&1 || status=$?
cat "$work/demo.log"
[ "$status" -eq 124 ] || fail "the demo exited with status $status before the timeout"
echo "demo ran until stopped"

step "HTTPS: installed tokendesk -> installed tokendesk-sandbox, with a test CA"
tls=$root/tmp/tls
mkdir -p "$tls"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=TokenDesk test CA" \
    -keyout "$tls/ca.key" -out "$tls/ca.pem" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial -days 1 \
    -extfile <(printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n') -out "$tls/server.pem" 2>/dev/null
bearer=$(openssl rand -hex 16)
# A simple command, not the in_root function: its pid is then the sandbox's own (chroot and env exec), so
# that the kill below stops the sandbox rather than a subshell that would leave it running.
chroot "$root" "${root_env[@]}" TOKENDESK_SANDBOX_TOKEN="$bearer" tokendesk-sandbox --service-id "$SERVICE_ID" \
    --tokens 42 --tls-cert /tmp/tls/server.pem --tls-key /tmp/tls/server.key >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 50); do
    grep -q '^listening on ' "$work/sandbox.log" && break
    sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$work/sandbox.log")
[ -n "$url" ] || { cat "$work/sandbox.log"; fail "the sandbox did not start"; }
echo "sandbox: $url"
check() { in_root env AUTHLETE_BEARER="$bearer" tokendesk --check-connection "$url" --service-id "$SERVICE_ID" "$@"; }
reply=$(check --ca-file /tmp/tls/ca.pem)
echo "with the test CA:    $reply"
[ "$reply" = "Connected: 42 tokens" ] || fail "unexpected reply"
# Without the CA the certificate must be refused: TLS is verified, not merely available.
if reply=$(check 2>&1); then fail "connected without trusting the test CA"; fi
echo "without the test CA: $reply"
# The CLI on the same connection, with no display: the count, and the credential nowhere in its output.
cli_count=$(in_root env AUTHLETE_BEARER="$bearer" tokendesk-cli --url "$url" --service-id "$SERVICE_ID" \
    --ca-file /tmp/tls/ca.pem count 2>&1)
echo "tokendesk-cli count: $cli_count"
[ "$cli_count" = "42" ] || fail "tokendesk-cli count printed something else than 42"
kill "$sandbox_pid"
wait "$sandbox_pid" 2>/dev/null || true
sandbox_pid=
rm -rf "$tls"

step "apt-get purge --autoremove tokendesk"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q --autoremove tokendesk >"$work/apt-purge.log"
grep -E '^[0-9]+ upgraded, [0-9]+ newly installed' "$work/apt-purge.log"
if in_root dpkg-query -W tokendesk >/dev/null 2>&1; then fail "tokendesk is still known to dpkg"; fi
snapshot >"$work/after.txt"
if ! diff "$work/before.txt" "$work/after.txt"; then fail "the purge left files behind (diff above)"; fi
echo "nothing left: the root's files are as before the install"

step "PASS ($((SECONDS - started)) s)"
