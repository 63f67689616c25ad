#!/usr/bin/env bash
# The test command the README shows, and CI runs (.ci/run): installs what
# the tests need, then runs every test. Nothing is skipped: the diagram tests
# need Graphviz's `dot`, the map's browser test Chromium and chromedriver,
# the engine tests a Python venv with the engines (tests/engines/setup.sh).
#
#   bash tests/run.sh                  every test
#   bash tests/run.sh --test readme    arguments go to `cargo test`
#
# Missing system packages are installed with apt-get when run as root on
# Debian or Ubuntu; otherwise it names them in one line and exits 1.
# NEGOGRAPH_NO_INSTALL=1 never installs (it only names what is missing).
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${NEGOGRAPH_CHROMIUM:-/usr/bin/chromium}"
chromedriver="${NEGOGRAPH_CHROMEDRIVER:-/usr/bin/chromedriver}"

# The Debian packages whose programs are not here.
missing() {
  command -v dot >/dev/null 2>&1 || echo graphviz
  [ -x "$chromium" ] || echo chromium
  [ -x "$chromedriver" ] || echo chromium-driver
  # The engines' venv needs python3 with venv and ensurepip (python3-venv).
  if [ -z "${NEGOGRAPH_ENGINES_PYTHON:-}" ]; then
    python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || echo python3-venv
  fi
}

packages=$(missing | tr '\n' ' ')
if [ -n "$packages" ]; then
  if [ "${NEGOGRAPH_NO_INSTALL:-0}" != 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "tests/run.sh: installing ${packages% }" >&2
    apt-get update -qq
    # shellcheck disable=SC2086 # one word a package
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
    packages=$(missing | tr '\n' ' ')
  fi
  if [ -n "$packages" ]; then
    echo "tests/run.sh: the tests need ${packages% }: run (as root) apt-get install ${packages% }" >&2
    exit 1
  fi
fi

# LadybugDB, FalkorDB and networkx, pinned, in target/engines-venv (unless a
# Python with them is given in NEGOGRAPH_ENGINES_PYTHON).
if [ -z "${NEGOGRAPH_ENGINES_PYTHON:-}" ]; then
  bash tests/engines/setup.sh
fi

exec cargo test --locked "$@"
