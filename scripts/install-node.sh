#!/usr/bin/env bash
# Puts Node.js 24 (LTS) at .tools/node24/node_modules/.bin/node, from the npm registry's `node`
# package, for machines whose own Node is older; prints the folder to put first on PATH.
# Does nothing when that Node is already there. CI calls it on every run.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=24.21.0
PREFIX=.tools/node24
BIN="$PWD/$PREFIX/node_modules/.bin"
if [ -x "$BIN/node" ] && [ "$("$BIN/node" --version)" = "v$VERSION" ]; then
  echo "$BIN"
  exit 0
fi
# The package's preinstall fetches the platform's binary. npm runs a dependency's install scripts
# only where the installing project's package.json allows them (advisory in npm 11, enforced from
# npm 12), so the folder gets a manifest of its own that allows exactly that one.
mkdir -p "$PREFIX"
printf '%s\n' '{ "private": true, "description": "Node.js for this project (scripts/install-node.sh)", "allowScripts": { "node": true } }' > "$PREFIX/package.json"
npm install --prefix "$PREFIX" --no-audit --no-fund --no-save --silent "node@$VERSION" >&2
"$BIN/node" --version >&2
echo "$BIN"
