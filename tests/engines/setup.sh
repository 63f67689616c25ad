#!/usr/bin/env bash
# Creates the Python environment the engine tests use (tests/interop_engines.rs):
# LadybugDB and networkx, pinned in tests/engines/requirements.txt, in
# target/engines-venv. Idempotent: run it as often as you like; .ci/run runs
# it on every CI machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv="${CARGO_TARGET_DIR:-target}/engines-venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r tests/engines/requirements.txt
"$venv/bin/python" -c 'import ladybug, networkx; print("engines ready: ladybug", ladybug.__version__, "networkx", networkx.__version__)'
