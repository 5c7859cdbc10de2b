#!/usr/bin/env bash
# judge.sh: what DevStack itself does when it reads each file's localrc, one JSON line per file on stdout.
#
#   scripts/lint-corpus/judge.sh [--meta-config FILE] [--database-lib FILE] [--label NAME] DEVSTACK_CHECKOUT FILE...
#
# Per file, with the checkout's own code: the localrc blocks are extracted by inc/meta-config (or FILE given with
# --meta-config, for a checkout that lacks it; likewise lib/database and --database-lib), `bash -n` reports the first
# syntax error, then the extracted localrc
# is sourced after functions-common with ENABLED_SERVICES preset to the checkout's stackrc default. The JSON says
# which plugins were enabled (and whether enable_plugin died on a duplicate), the final ENABLED_SERVICES, which core
# passwords are set, LIBS_FROM_GIT, every command bash could not find (with its line in FILE), and the last line run.
# Lines are 1-based lines of FILE; bash gives a continued statement's last line.
#
# The files are third-party: each one runs as an unprivileged user (nobody) in a new network namespace (no network),
# in a throwaway directory that is its HOME and cwd, under `timeout 5` (JUDGE_TIMEOUT; a file that runs out of time
# is tried once more with six times the limit, for loaded machines). Never as root, never in /opt/stack or /etc.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
meta="" label="" database_lib="" timeout_s=${JUDGE_TIMEOUT:-5}
while [[ $# -gt 0 && $1 == --* ]]; do
    case $1 in
        --meta-config) meta=$2; shift 2 ;;
        --database-lib) database_lib=$2; shift 2 ;;
        --label) label=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[[ $# -ge 2 ]] || { sed -n '2,4p' "$0" >&2; exit 2; }
checkout=$(cd "$1" && pwd); shift
meta=${meta:-$checkout/inc/meta-config}
database_lib=${database_lib:-$checkout/lib/database}
label=${label:-$checkout}
for f in "$meta" "$checkout/functions-common" "$checkout/stackrc"; do
    [[ -r $f ]] || { echo "judge: $f is missing" >&2; exit 2; }
done

# The era's default service list: the ENABLED_SERVICES lines of stackrc's "not set yet" block, as data.
defaults=$(awk '/^if ! isset ENABLED_SERVICES/ {on=1; next} on && /^fi/ {exit} on' "$checkout/stackrc" |
    grep -E '^[[:space:]]*ENABLED_SERVICES\+?=' | sed 's/^[[:space:]]*//')
[[ -n $defaults ]] || { echo "judge: no default ENABLED_SERVICES in $checkout/stackrc" >&2; exit 2; }

# sandbox CMD...: runs CMD as nobody without network. As root: a new network namespace, then setpriv to nobody.
# Otherwise an unprivileged user namespace (the caller's uid maps to the overflow uid) with its own network.
sandbox() {
    if [[ $EUID -eq 0 ]]; then
        unshare --net -- setpriv --reuid=65534 --regid=65534 --clear-groups --no-new-privs -- "$@"
    else
        unshare --user --net -- "$@"
    fi
}

# lines_file FILE: FILE with every non-header line replaced by its line number (headers kept as DevStack's awk sees them).
lines_file() {
    awk '/^\[\[.+\|.*\]\]/ { print; next } { print NR }' "$1"
}

# map_line N: the FILE line that line N of the extracted localrc came from (0 when unknown).
map_line() {
    local n=$1
    if [[ $n -ge 1 && -f $work/.localrc.lines ]]; then
        sed -n "${n}p" "$work/.localrc.lines" | grep -E '^[0-9]+$' || echo 0
    else
        echo 0
    fi
}

judge_file() {
    local file=$1 name
    name=$(basename "$file")
    work=$(mktemp -d /tmp/kdf-judge.XXXXXX)
    cp "$file" "$work/local.conf"
    lines_file "$file" >"$work/local.numbered"
    printf '%s\n' "$defaults" >"$work/defaults"
    chmod 755 "$work"
    [[ $EUID -eq 0 ]] && chown -R 65534:65534 "$work"
    local limit=$timeout_s
    # A corpus file taken from a path named `localrc` is a plain localrc (stackrc sources it); the rest are local.conf.
    role=local.conf
    [[ $name == *__localrc__* ]] && role=localrc
    # A file that runs out of time on a loaded machine gets one more try with a longer limit (recorded in the JSON).
    if ! run_worker "$limit"; then
        limit=$((timeout_s * 6))
        rm -rf "$work/out" || true
        [[ $EUID -eq 0 ]] && chown -R 65534:65534 "$work"
        run_worker "$limit" || true
    fi
    emit_json "$name" "$limit"
    rm -rf "$work" || true
}

# run_worker SECONDS: the worker for $work in the sandbox, under `timeout SECONDS`; fails on a timeout.
run_worker() {
    sandbox env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$work" TERM=dumb LANG=C.UTF-8 \
        JUDGE_CHECKOUT="$checkout" JUDGE_META="$meta" JUDGE_WORK="$work" JUDGE_DATABASE_LIB="$database_lib" \
        JUDGE_ROLE="$role" \
        timeout -s KILL "$1" bash --noprofile --norc "$here/judge-worker.sh" </dev/null >/dev/null 2>&1
}

# ran_ranges: the FILE lines of the commands that ran, as "a-b,c" ranges (bash notes a continued statement's last line).
ran_ranges() {
    [[ -s $work/out/ran && -f $work/.localrc.lines ]] || return 0
    awk 'NR == FNR { m[FNR] = $0; next } m[$1] ~ /^[0-9]+$/ { print m[$1] }' "$work/.localrc.lines" "$work/out/ran" |
        sort -n -u | awk '
            NR == 1 { a = b = $1; next }
            $1 == b + 1 { b = $1; next }
            { out = out (out == "" ? "" : ",") (a == b ? a : a "-" b); a = b = $1 }
            END { if (NR) print out (out == "" ? "" : ",") (a == b ? a : a "-" b) }'
}

# spec_vars FILE: {"VAR": true|false} for each $VAR naming a header's file: true when the checkout's stackrc, lib/*
# or functions-common assigns it (DevStack has sourced those by merge time; plugins' settings are not here).
spec_vars() {
    local var sources=("$checkout/stackrc" "$checkout/functions-common")
    [[ -d $checkout/lib ]] && sources+=("$checkout"/lib/*)
    grep -oE '^\[\[[^]|]*\|\$\{?[A-Za-z_][A-Za-z0-9_]*' "$1" | sed -E 's/.*\$\{?//' | sort -u |
        while read -r var; do
            if grep -qE "^[[:space:]]*(export[[:space:]]+)?${var}=" "${sources[@]}" 2>/dev/null; then
                printf '%s\ttrue\n' "$var"
            else
                printf '%s\tfalse\n' "$var"
            fi
        done | jq -cRs 'split("\n") | map(select(. != "") | split("\t") | {(.[0]): (.[1] == "true")}) | add // {}'
}

# emit_json NAME LIMIT: one JSON line from the worker's out/ files (LIMIT: the timeout in seconds of the last try).
emit_json() {
    local name=$1 limit=$2 out=$work/out status syntax_line=0 syntax_msg="" not_found="[]"
    status=$(cat "$out/status" 2>/dev/null || echo none)
    if [[ -s $out/syntax ]]; then
        local raw
        raw=$(grep -m1 -oE 'line [0-9]+: .*' "$out/syntax" || true)
        syntax_line=$(map_line "$(sed -E 's/^line ([0-9]+):.*/\1/' <<<"$raw")")
        syntax_msg=$(sed -E 's/^line [0-9]+: //' <<<"$raw")
    fi
    if [[ -s $out/not-found ]]; then
        not_found=$(while IFS=$'\t' read -r n sub cmd; do
            printf '%s\t%s\t%s\n' "$(map_line "$n")" "$sub" "$cmd"
        done <"$out/not-found" | jq -cRs 'split("\n") | map(select(. != "") | split("\t") |
            {line: (.[0] | tonumber), command: .[2], inSubstitution: ((.[1] | tonumber) > 0)})')
    fi
    # Every error bash printed while sourcing ("<file>: line N: message"), at its line in FILE.
    local errors="[]"
    if [[ -s $out/stderr ]]; then
        errors=$({ grep -E '^[^ ]*\.localrc\.auto: line [0-9]+: ' "$out/stderr" || true; } | sed -E 's/^[^ ]*: line ([0-9]+): /\1\t/' |
            while IFS=$'\t' read -r n msg; do printf '%s\t%s\n' "$(map_line "$n")" "$msg"; done |
            jq -cRs 'split("\n") | map(select(. != "") | split("\t") | {line: (.[0] | tonumber), message: .[1]})')
    fi
    local judged=true reason=""
    if [[ $status == extract-failed ]]; then judged=false reason="extraction failed"
    elif [[ $status == ran && ! -f $out/dumped ]]; then judged=false reason="sourcing did not finish (timeout or killed)"
    elif [[ $status == none ]]; then judged=false reason="worker did not finish within ${limit}s"
    fi
    jq -cn --arg file "$name" --arg checkout "$label" --arg status "$status" --argjson judged "$judged" \
        --argjson timeoutSeconds "$limit" --arg role "$role" \
        --arg reason "$reason" --argjson syntaxLine "$syntax_line" --arg syntaxMessage "$syntax_msg" \
        --arg ranLines "$(ran_ranges)" \
        --argjson notFound "$not_found" --argjson errors "$errors" --argjson specVars "$(spec_vars "$work/local.conf")" \
        --arg last "$(cat "$out/last" 2>/dev/null || echo 0)" \
        --arg services "$(cat "$out/ENABLED_SERVICES" 2>/dev/null)" \
        --arg libs "$(cat "$out/LIBS_FROM_GIT" 2>/dev/null)" \
        --arg plugins "$(cat "$out/DEVSTACK_PLUGINS" 2>/dev/null)" \
        --arg passwords "$(cat "$out/passwords" 2>/dev/null)" \
        --arg prompts "$(cat "$out/prompts" 2>/dev/null)" \
        --argjson hasEnablePlugin "$([[ -f $out/has-enable-plugin ]] && echo true || echo false)" \
        --argjson completed "$([[ -f $out/completed ]] && echo true || echo false)" \
        --argjson pluginTwice "$(grep -q 'Plugin attempted to be enabled twice' "$out/stderr" 2>/dev/null && echo true || echo false)" \
        --arg lastMapped "$(map_line "$(cat "$out/last" 2>/dev/null || echo 0)")" \
        '{file: $file, checkout: $checkout, judged: $judged} + (if $reason != "" then {reason: $reason} else {} end) +
         {role: $role, timeoutSeconds: $timeoutSeconds, localrc: ($status != "no-localrc"),
          syntaxError: (if $syntaxLine > 0 or $syntaxMessage != "" then {line: $syntaxLine, message: $syntaxMessage} else null end),
          lastLine: ($lastMapped | tonumber), ranLines: $ranLines, sourcingCompleted: $completed,
          enablePluginDefined: $hasEnablePlugin,
          plugins: ($plugins | split(",") | map(select(. != ""))),
          diedOnDuplicatePlugin: $pluginTwice,
          enabledServices: ($services | split(",") | map(select(. != ""))),
          passwordsSet: ($passwords | split("\n") | map(select(. != ""))),
          wouldPrompt: ($prompts | split("\n") | map(select(. != ""))),
          libsFromGit: $libs, notFound: $notFound, bashErrors: $errors, fileSpecVarsInCheckout: $specVars}'
}

for file in "$@"; do
    judge_file "$file"
done
