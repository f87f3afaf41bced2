#!/usr/bin/env bash
# Install everything the test suite needs, then run it (lint + pytest).
# Used by the README's quickstart and by .ci/run; extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet --disable-pip-version-check -e ".[test]"
python -m ruff check .
python -m ruff format --check .
python -m pytest "$@"
