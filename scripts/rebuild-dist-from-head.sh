#!/usr/bin/env bash
# Rebuilds dist/ from the committed HEAD in a separate worktree (so uncommitted work in progress never leaks into
# the committed bundle) and copies it into this checkout. Usage: scripts/rebuild-dist-from-head.sh
set -euo pipefail
root=$(git rev-parse --show-toplevel)
wt=$(mktemp -d)/wt
git -C "$root" worktree add -q --detach "$wt" HEAD
trap 'git -C "$root" worktree remove --force "$wt"' EXIT
# A real node_modules: with a symlink, webpack sees other module paths and names the chunks differently.
(cd "$wt" && npm ci --no-audit --no-fund --silent >/dev/null)
(cd "$wt" && node scripts/build.mjs >/dev/null)
rm -rf "$root/dist"
cp -r "$wt/dist" "$root/dist"
git -C "$root" status --short -- dist
