#!/usr/bin/env bash
# Regenerates the real-tool fixtures in this folder. Not run by CI: the outputs are committed.
#
# Needs: Debian's python3-pytest, python3-subunit, subunit and python3-stestr (apt-get install -y ...), and
# jest + jest-junit installed into a scratch prefix (npm install --prefix /tmp/jj jest@30 jest-junit@16).
# Every tool runs in a copy of tools/<name> under /tmp/kdf-fixtures, so the paths inside the outputs are stable.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work=/tmp/kdf-fixtures
jj="${JJ_PREFIX:-/tmp/jj}"
py=/usr/bin/python3 # Debian's interpreter (a pyenv python3 on PATH does not see Debian's packages)
rm -rf "$work" && mkdir -p "$work"
cp -r "$here/tools/." "$work/"

# pytest --junitxml, both families (xunit1 carries file/line attributes; xunit2 is pytest's default).
cd "$work/pytest"
"$py" -m pytest -q -p no:cacheprovider -o junit_family=xunit1 --junitxml="$here/pytest-xunit1.xml" test_sample.py || true
"$py" -m pytest -q -p no:cacheprovider -o junit_family=xunit2 -o junit_logging=all --junitxml="$here/pytest-xunit2.xml" test_sample.py || true

# jest-junit (file attribute, console output, a test file that fails to load).
cd "$work/jest"
NODE_PATH="$jj/node_modules" node "$jj/node_modules/jest/bin/jest.js" --ci --rootDir . --config jest.config.cjs || true
cp jest-junit.xml "$here/jest-junit.xml"

# subunit v2 straight from python-subunit's runner...
cd "$work/subunit"
"$py" -m subunit.run discover -t . -s kdf_sample > "$here/python-subunit.subunit" || true
# ...and from stestr, the OpenStack runner tempest uses (its repository stores the same v2 stream).
printf '[DEFAULT]\ntest_path=./kdf_sample\ntop_dir=./\n' > .stestr.conf
"$py" -m stestr init >/dev/null
"$py" -m stestr run --concurrency 2 >/dev/null 2>&1 || true
"$py" -m stestr last --subunit > "$here/stestr.subunit" || true
# subunit's own CSV converter, as a cross-check of what the streams contain (test,status,start,stop).
subunit2csv < "$here/stestr.subunit" > "$here/stestr.csv" || true
subunit2csv < "$here/python-subunit.subunit" > "$here/python-subunit.csv" || true

echo "regenerated fixtures in $here"
