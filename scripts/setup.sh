#!/usr/bin/env bash
# Install what Insight needs on a Debian/Ubuntu machine: system packages when missing, then a virtualenv.
# Usage: scripts/setup.sh [run|test]   (test also installs the test and lint tools)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v tesseract >/dev/null || missing+=(tesseract-ocr)
python3 -c "import venv, ensurepip" 2>/dev/null || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  if ! { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; }; then
    echo "Could not install ${missing[*]} (need root or sudo). Install them with apt and run this again." >&2
    exit 1
  fi
fi

python=python3
for candidate in python3.11 python3; do
  if command -v "$candidate" >/dev/null; then python="$candidate"; break; fi
done
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "Insight needs Python 3.11 or newer; found $("$python" --version)" >&2; exit 1; }

requirements=requirements.txt
[ "$mode" = test ] && requirements=requirements-dev.txt
[ -x .venv/bin/python ] || "$python" -m venv .venv
stamp=".venv/.installed-$(cat requirements.txt "$requirements" | sha256sum | cut -c1-16)-$mode"
if [ ! -f "$stamp" ]; then
  echo "Installing Python packages from $requirements"
  # This machine's pip configuration names optional local indexes; their "ignored" warnings are noise.
  .venv/bin/pip install --quiet --disable-pip-version-check -r "$requirements" 2>&1 \
    | { grep -v "^WARNING: Location 'file:" || true; }
  touch "$stamp"
fi
