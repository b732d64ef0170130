#!/bin/sh
# Runs a test program in a private D-Bus session with an unlocked gnome-keyring of
# its own. The keyring's files and sockets live in a temporary folder that is
# removed afterwards, so suites running at the same time never share a keyring
# (gnome-keyring reloads a keyring file that another daemon rewrote, and a key
# written by one suite would replace another's).
#   keyring-session.sh PROGRAM [ARGUMENTS...]
if [ $# -eq 0 ]; then
    echo "usage: keyring-session.sh PROGRAM [ARGUMENTS...]" >&2
    exit 2
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/flowdesk-keyring.XXXXXX") || exit 1
# Removed however the script ends; a signal ends it through exit, which runs
# the EXIT trap (dash runs it on exit only).
trap 'rm -rf "$dir"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -m 700 "$dir/runtime" "$dir/data" || exit 1
XDG_RUNTIME_DIR="$dir/runtime"
XDG_DATA_HOME="$dir/data"
export XDG_RUNTIME_DIR XDG_DATA_HOME
status=0
dbus-run-session -- sh -c 'echo flowdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" "$@"' "$@" || status=$?
exit $status
