#!/usr/bin/env bash
# Collects the DevStack/Dragonflow/Kuryr diagnostics bundle with the toolkit's own collector (kdf diagnostics).
# Usage: collect-diagnostics.sh OUT_DIR [DEST] [STACK_USER]
# Values arrive as arguments (the collect-logs action passes them through env:, never interpolated into the script);
# extra secrets to redact arrive in KDF_SECRETS (one per line), which kdf diagnostics reads from the environment.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:?usage: collect-diagnostics.sh OUT_DIR [DEST] [STACK_USER]}
dest=${2:-/opt/stack}
user=${3:-stack}
exec node "$here/../bin/kdf.js" diagnostics --out "$out" --dest "$dest" --stack-user "$user"
