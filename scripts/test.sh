#!/usr/bin/env bash
# Install everything the test suite needs, then run it (lint + pytest).
# Used by the README's quickstart and by .ci/run; extra arguments go to pytest.
#  - Python packages: the project with its test and notebooks extras (pip; the notebooks run
#    with exactly what the README tells a reader to install)
#  - Chromium for the browser tests: Debian's package (apt), driven by Playwright
#  - Leaflet for those tests (no CDN here): npm, into .cache/npm
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet --disable-pip-version-check -e ".[test,notebooks]"
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then APT=""; else APT="sudo"; fi
    $APT apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $APT apt-get install -y -qq chromium >/dev/null
fi
if [ ! -f .cache/npm/node_modules/leaflet/dist/leaflet.js ]; then
    mkdir -p .cache/npm
    npm install --prefix .cache/npm --no-audit --no-fund --silent leaflet@1.9.4
fi
python -m ruff check .
python -m ruff format --check .
python -m pytest "$@"
