#!/usr/bin/env bash
# Installs the headless browser the explorer's browser tests drive (test/browser/explorer.test.ts):
# Debian's `chromium` package at /usr/bin/chromium. Does nothing when it is already there, so CI
# can call it on every run. Needs root (or sudo) and apt; elsewhere, install Chromium by hand.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  echo "chromium already installed: $("$CHROMIUM" --version 2>/dev/null | tail -n 1)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: apt-get not found; install Chromium so that $CHROMIUM exists" >&2
  exit 1
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-browser: run as root or install sudo" >&2; exit 1; }
  as_root=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update
"${as_root[@]}" apt-get install -y chromium
echo "chromium installed: $("$CHROMIUM" --version 2>/dev/null | tail -n 1)"
