#!/bin/sh
# Runs a command (tokendesk-bench --accessible) as under a screen reader: on a private session bus
# with the AT-SPI bus running, on an X server (Xvfb), with Qt's accessibility bridge switched on.
# The offscreen platform has no accessibility bridge, so QAccessible cannot be active there.
# Usage: bench/with-accessibility.sh build/bench/tokendesk-bench --accessible --tokens 100000
if [ -z "$DBUS_SESSION_BUS_ADDRESS" ] || [ -z "$TOKENDESK_A11Y_BUS" ]; then
    TOKENDESK_A11Y_BUS=1 exec dbus-run-session -- "$0" "$@"
fi
/usr/libexec/at-spi-bus-launcher &
launcher=$!
# The bridge looks for the AT-SPI bus once, when the application starts: it must be registered first.
for _ in 1 2 3 4 5 6 7 8 9 10; do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q true && break
    sleep 0.5
done
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" "$@"
status=$?
kill "$launcher"
exit $status
