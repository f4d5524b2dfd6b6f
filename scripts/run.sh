#!/usr/bin/env bash
# Runs the product on a fresh Debian machine: installs Node.js and npm when they are missing (the build bundles
# the browser editor with them), then starts the web app on http://127.0.0.1:5080. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v npm >/dev/null; then
  echo "Installing Node.js and npm from Debian for the browser editor's build ..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

exec dotnet run --project Web "$@"
