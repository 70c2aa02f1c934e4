#!/usr/bin/env bash
# Builds ClaimDesk as one folder, dist/ClaimDesk/, holding `claimdesk` (the window) and
# `claimdesk-cli`; then checks the Linux desktop files when their validators are installed.
# Usage: packaging/build.sh            (the project's .venv, set up by tools/setup.sh test)
#        CLAIMDESK_VENV=/path/to/venv packaging/build.sh     (another virtualenv)
#        CLEAN=1 packaging/build.sh    (forget PyInstaller's cache first)
# Then: packaging/smoke.sh checks that the built program starts.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${CLAIMDESK_VENV:-.venv}
# The locked versions the suite tested, PyInstaller included (requirements/test.lock).
VENV=$venv tools/setup.sh test
python="$venv/bin/python"

echo "== translations (.qm from the .ts sources)"
"$python" -m claimdesk.gui.app.i18n_build
echo "== PyInstaller $("$python" -m PyInstaller --version)"
start=$(date +%s)
clean=()
[ "${CLEAN:-0}" = 1 ] && clean=(--clean)
"$python" -m PyInstaller --noconfirm \
  ${clean[@]+"${clean[@]}"} --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/claimdesk.spec
seconds=$(( $(date +%s) - start ))

# The Linux desktop integration travels with the folder, for packaging/linux/install.sh.
share=dist/ClaimDesk/share
rm -rf "$share"
install -Dm644 packaging/linux/io.github.claimdesk.ClaimDesk.desktop \
  "$share/applications/io.github.claimdesk.ClaimDesk.desktop"
install -Dm644 packaging/linux/io.github.claimdesk.ClaimDesk.metainfo.xml \
  "$share/metainfo/io.github.claimdesk.ClaimDesk.metainfo.xml"
for png in resources/icons/claimdesk-*.png; do
  size=${png##*-}; size=${size%.png}
  install -Dm644 "$png" "$share/icons/hicolor/${size}x${size}/apps/io.github.claimdesk.ClaimDesk.png"
done
install -Dm644 resources/icons/claimdesk.svg \
  "$share/icons/hicolor/scalable/apps/io.github.claimdesk.ClaimDesk.svg"
install -Dm755 packaging/linux/install.sh dist/ClaimDesk/install.sh

echo "== desktop files"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate packaging/linux/io.github.claimdesk.ClaimDesk.desktop && echo "desktop-file-validate: ok"
else
  echo "desktop-file-validate missing: apt-get install desktop-file-utils" >&2
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain packaging/linux/io.github.claimdesk.ClaimDesk.metainfo.xml
else
  echo "appstreamcli missing: apt-get install appstream" >&2
fi

echo "== built dist/ClaimDesk in ${seconds}s, $(du -sh dist/ClaimDesk | cut -f1)"
echo "   next: packaging/smoke.sh"
