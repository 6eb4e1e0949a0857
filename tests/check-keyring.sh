#!/bin/sh
# The signing key in a real keyring: gnome-keyring, unlocked, on a session
# bus of its own (run under dbus-run-session by meson).  entente-cli
# approve must keep the key there, not in the file, and find it again.
# Skips (77) where gnome-keyring or secret-tool is not installed, and
# fails there under CI=true.
set -eu

for tool in gnome-keyring-daemon secret-tool; do
  if ! command -v $tool >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed"
    [ "${CI:-}" = true ] && exit 1
    exit 77
  fi
done

dir=$(mktemp -d)
# The daemon goes with the session bus; only the folder is ours to clean.
trap 'rm -rf "$dir"' EXIT
export HOME="$dir/home" XDG_DATA_HOME="$dir/data"
mkdir -p "$HOME" "$XDG_DATA_HOME/keyrings"
unset ENTENTE_KEY_STORE

# A login keyring with a password, unlocked: no prompt can come up.
eval "$(printf 'entente-test' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"

cp "$1/data/examples/acme-saas.entente" "$dir/sla.entente"
"$ENTENTE_CLI" approve "$dir/sla.entente" --party marketing --signer "Dana Whitfield" >/dev/null
"$ENTENTE_CLI" approve "$dir/sla.entente" --party sales --signer "Dana Whitfield" >/dev/null

if [ -e "$XDG_DATA_HOME/entente/keys/signing-key" ]; then
  echo "the key went to a file although a keyring was running" >&2
  exit 1
fi
secret-tool lookup kind ed25519 | grep -q '^ed25519:' || { echo "no key in the keyring" >&2; exit 1; }

# Both sign-offs by the one key kept in the keyring: valid.
"$ENTENTE_CLI" verify "$dir/sla.entente" >"$dir/verify.txt" || { cat "$dir/verify.txt" >&2; exit 1; }
echo "keyring: key kept and found again"
