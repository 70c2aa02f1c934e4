#!/usr/bin/env bash
# Installs a built ClaimDesk folder for one user (or, with PREFIX=/usr/local as root, for all):
# the folder under PREFIX/lib/claimdesk, the two programs linked into PREFIX/bin, and the menu
# entry, icons and AppStream data under PREFIX/share. Run from the built folder:
#   dist/ClaimDesk/install.sh              install (PREFIX defaults to ~/.local)
#   dist/ClaimDesk/install.sh --uninstall  remove what an install put there
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
app_id=io.github.claimdesk.ClaimDesk
target="$prefix/lib/claimdesk"

refresh_caches() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -qtf "$prefix/share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target"
  rm -f "$prefix/bin/claimdesk" "$prefix/bin/claimdesk-cli" \
    "$prefix/share/applications/$app_id.desktop" "$prefix/share/metainfo/$app_id.metainfo.xml"
  find "$prefix/share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
  refresh_caches
  echo "ClaimDesk removed from $prefix (your libraries are untouched)"
  exit 0
fi

[ -x "$here/claimdesk" ] || { echo "install.sh: run the copy inside the built folder" >&2; exit 2; }
if [ "$here" != "$target" ]; then
  rm -rf "$target"
  mkdir -p "$target"
  cp -a "$here/." "$target/"
fi
mkdir -p "$prefix/bin"
ln -sfn "$target/claimdesk" "$prefix/bin/claimdesk"
ln -sfn "$target/claimdesk-cli" "$prefix/bin/claimdesk-cli"
cp -a "$here/share/." "$prefix/share/"
# The menu may not search PREFIX/bin: point the entry at the program itself.
sed -i "s|^Exec=claimdesk|Exec=\"$target/claimdesk\"|" "$prefix/share/applications/$app_id.desktop"
refresh_caches
echo "ClaimDesk installed in $target; start it from the menu or with: claimdesk"
