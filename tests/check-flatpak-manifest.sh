#!/bin/sh
# Parse a Flatpak manifest with `flatpak-builder --show-manifest` and check
# the parts the sandbox depends on.  Usage: check-flatpak-manifest.sh MANIFEST APP-ID
# Exits 77 (skip) when flatpak-builder is not installed, 1 under CI=true.
set -u
manifest=$1
app_id=$2

if ! command -v flatpak-builder >/dev/null 2>&1; then
  echo "SKIP: flatpak-builder is not installed; cannot parse $manifest"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi

case $manifest in
  /*) ;;
  *) manifest=$(pwd)/$manifest ;;
esac
# flatpak-builder leaves a .flatpak-builder/ state directory in the current
# directory; keep it out of the tree.
work=$(mktemp -d "${TMPDIR:-/tmp}/entente-flatpak.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
out=$(cd "$work" && flatpak-builder --show-manifest "$manifest" 2>"$work/stderr")
rc=$?
err=$(cat "$work/stderr")
if [ $rc -ne 0 ]; then
  echo "FAIL: flatpak-builder --show-manifest $manifest exited $rc"
  echo "$err"
  exit 1
fi
# flatpak-builder only warns about misspelt keys; treat that as a failure.
if [ -n "$err" ]; then
  echo "FAIL: flatpak-builder warned about $manifest:"
  echo "$err"
  exit 1
fi

status=0
expect() {
  if ! printf '%s\n' "$out" | grep -qF -- "$1"; then
    echo "FAIL: $manifest: expected $1"
    status=1
  fi
}
expect "\"id\" : \"$app_id\""
expect '"runtime" : "org.gnome.Platform"'
expect '"sdk" : "org.gnome.Sdk"'
expect '"command" : "entente"'
expect '"buildsystem" : "meson"'
# Khmer-capable fonts inside the sandbox: the runtime ships none.
expect '"name" : "fonts-khmeros"'
# The review's calendar: libical, which the runtime does not promise.
expect '"name" : "libical"'
expect '"sha256" : "'

# finish-args: exactly these four, files only through portals.
args=$(printf '%s\n' "$out" | sed -n '/"finish-args" : \[/,/\]/p' | grep -o '"--[^"]*"' | tr -d '"' | sort | tr '\n' ' ')
want='--device=dri --share=ipc --socket=fallback-x11 --socket=wayland '
if [ "$args" != "$want" ]; then
  echo "FAIL: $manifest: finish-args are '$args', want '$want'"
  status=1
fi

case $app_id in
  *.Devel) expect '"-Ddevelopment=true"' ;;
  *) expect '"-Ddevelopment=false"' ;;
esac

[ $status -eq 0 ] && echo "ok: $manifest ($app_id)"
exit $status
