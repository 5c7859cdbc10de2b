#!/usr/bin/env bash
# Regenerates test/__fixtures__/lint-corpus/devstack-behaviour.jsonl: judge.sh over every corpus file with each
# DevStack checkout, after a header line naming the checkouts and the date.
#
#   scripts/lint-corpus/judge-corpus.sh MIXED_CHECKOUT VICTORIA_CHECKOUT
#
# MIXED_CHECKOUT has inc/meta-config, functions-common and stackrc (its functions-common predates enable_plugin);
# VICTORIA_CHECKOUT has the Victoria functions-common and stackrc and borrows MIXED_CHECKOUT's inc/meta-config and
# lib/database (the localrc extraction and the database password prompt did not change between them). The Victoria run is labelled `victoria`: the primary judge.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=$root/test/__fixtures__/lint-corpus
mixed=$(cd "$1" && pwd)
victoria=$(cd "$2" && pwd)
out=$corpus/devstack-behaviour.jsonl
tmp=$(mktemp)
jq -cn --arg date "$(date -u +%Y-%m-%d)" --arg mixed "$mixed" --arg victoria "$victoria" \
    --arg awk "$(readlink -f "$(command -v awk)")" --arg bash "$BASH_VERSION" \
    '{_note: "DevStack behaviour per corpus file, recorded by scripts/lint-corpus/judge.sh (one line per file and checkout)",
      date: $date, bash: $bash, awk: $awk,
      checkouts: {victoria: ("Victoria-era functions-common + stackrc from " + $victoria + ", inc/meta-config and lib/database from " + $mixed),
                  mixed: ("mixed-era checkout " + $mixed + " (functions-common without enable_plugin)")}}' >"$tmp"
# The two checkouts run side by side (one core each).
"$here/judge.sh" --meta-config "$mixed/inc/meta-config" --database-lib "$mixed/lib/database" --label victoria "$victoria" "$corpus"/files/* >"$tmp.victoria" &
"$here/judge.sh" --label mixed "$mixed" "$corpus"/files/* >"$tmp.mixed" &
wait
cat "$tmp.victoria" "$tmp.mixed" >>"$tmp"
rm -f "$tmp.victoria" "$tmp.mixed"
chmod 644 "$tmp"
mv "$tmp" "$out"
echo "wrote $out: $(($(wc -l <"$out") - 1)) records"
