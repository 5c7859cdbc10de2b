#!/usr/bin/env bash
# Runs inside the judge's sandbox (an unprivileged user, no network, a throwaway HOME): reads one local.conf the way
# DevStack does, with the DevStack checkout's own functions, and writes what happened into $JUDGE_WORK/out/.
#
# Environment (set by judge.sh): JUDGE_CHECKOUT (DevStack checkout), JUDGE_META (its inc/meta-config),
# JUDGE_DATABASE_LIB (its lib/database, optional), JUDGE_ROLE (`localrc` for a plain localrc file, else local.conf),
# JUDGE_WORK (this file's throwaway directory, holding local.conf and local.numbered).
# Never run this by hand on a file you do not trust: judge.sh wraps it in the sandbox.
set -u
work=$JUDGE_WORK
out=$work/out
mkdir -p "$out"

# extract_localrc [conf] [target]: DevStack's own extraction of the [[local|localrc]] blocks. Newer checkouts have
# extract_localrc_section; older ones only the two get_meta_section* helpers stack.sh called in a loop.
extract_localrc() {
    local conf=$1 target=$2
    (
        # shellcheck disable=SC1090
        source "$JUDGE_META" || exit 3
        if declare -F extract_localrc_section >/dev/null; then
            extract_localrc_section "$conf" "$work/no-such-localrc" "$target" >/dev/null
        else
            local lfile
            for lfile in $(get_meta_section_files "$conf" local); do
                if [[ $lfile == localrc ]]; then
                    echo "# Generated file, do not edit" >"$target"
                    get_meta_section "$conf" local "$lfile" >>"$target"
                fi
            done
        fi
    )
}

if [[ ${JUDGE_ROLE-} == localrc ]]; then
    # A plain localrc: stackrc sources the file itself, line for line.
    cp "$work/local.conf" "$work/.localrc.auto"
    awk '{ print NR }' "$work/local.conf" >"$work/.localrc.lines"
else
    extract_localrc "$work/local.conf" "$work/.localrc.auto" || {
        echo extract-failed >"$out/status"
        exit 0
    }
    # The same extraction on a copy whose non-header lines are their own line numbers: line k of .localrc.auto came
    # from the line number written on line k of .localrc.lines.
    extract_localrc "$work/local.numbered" "$work/.localrc.lines" || true
fi

rc=$work/.localrc.auto
if [[ ! -f $rc ]]; then
    echo no-localrc >"$out/status"
    exit 0
fi

bash -n "$rc" 2>"$out/syntax" && : >"$out/syntax"

# Source it the way stackrc does, after functions-common, with the era's default ENABLED_SERVICES. A DEBUG trap
# (inherited by the sourced file with set -T) notes every line run and the last one; command_not_found_handle notes each missing
# command with the line bash gives for it (the last line of a continued statement).
cat >"$work/run.sh" <<'RUNNER'
TOP_DIR=$JUDGE_CHECKOUT
DEST=/opt/stack
source "$JUDGE_CHECKOUT/functions-common" >/dev/null 2>&1
eval "$(cat "$JUDGE_WORK/defaults")"
__rc=$JUDGE_WORK/.localrc.auto
__out=$JUDGE_WORK/out
__dump() {
    trap - DEBUG
    set +T
    printf '%s' "${__last:-0}" >"$__out/last"
    printf '%s\n' "${!__ran[@]}" >"$__out/ran"
    printf '%s' "${ENABLED_SERVICES-}" >"$__out/ENABLED_SERVICES"
    printf '%s' "${LIBS_FROM_GIT-}" >"$__out/LIBS_FROM_GIT"
    printf '%s' "${DEVSTACK_PLUGINS-}" >"$__out/DEVSTACK_PLUGINS"
    local v
    for v in ADMIN_PASSWORD DATABASE_PASSWORD RABBIT_PASSWORD SERVICE_PASSWORD; do
        [[ -n ${!v-} ]] && printf '%s\n' "$v" >>"$__out/passwords"
    done
    # stack.sh's prompts (read_password): the database password when a database backend is enabled, rabbit's with
    # rabbit, SERVICE_PASSWORD and ADMIN_PASSWORD with keystone; asked with DevStack's own is_service_enabled.
    # stack.sh has sourced lib/keystone by then: its is_keystone_enabled is what is_service_enabled keystone asks.
    [[ -r $JUDGE_CHECKOUT/lib/keystone ]] && source "$JUDGE_CHECKOUT/lib/keystone" >/dev/null 2>&1
    __database_prompt
    __prompt RABBIT_PASSWORD rabbit
    __prompt SERVICE_PASSWORD keystone
    __prompt ADMIN_PASSWORD keystone
    [[ -n ${__done-} ]] && : >"$__out/completed"
    declare -F enable_plugin >/dev/null && : >"$__out/has-enable-plugin"
    : >"$__out/dumped"
}
# The database password as stack.sh asks for it: lib/database's initialize_database_backends (when the checkout
# has it) picks the enabled backend, takes MYSQL_PASSWORD if set, else calls read_password, which prompts when the
# variable is empty. lib/databases/* (which register mysql and postgresql) are not needed for that: preset.
__database_prompt() {
    if [[ -r ${JUDGE_DATABASE_LIB-} ]]; then
        read_password() {
            [[ -z ${!1-} ]] && printf '%s\n' "$1" >>"$__out/prompts"
            return 0
        }
        source "$JUDGE_DATABASE_LIB" >/dev/null 2>&1
        DATABASE_BACKENDS="mysql postgresql"
        initialize_database_backends >/dev/null 2>&1
        return 0
    fi
    __prompt DATABASE_PASSWORD mysql postgresql
}
__prompt() {
    local var=$1
    shift
    if [[ -z ${!var-} ]] && is_service_enabled "$@"; then
        printf '%s\n' "$var" >>"$__out/prompts"
    fi
    return 0
}
command_not_found_handle() {
    [[ ${BASH_SOURCE[1]-} == "$__rc" ]] &&
        printf '%s\t%s\t%s\n' "${BASH_LINENO[0]}" "$BASH_SUBSHELL" "$1" >>"$__out/not-found"
    printf 'bash: %s: command not found\n' "$1" >&2
    return 127
}
trap __dump EXIT
set -T
declare -a __ran=()
trap '[[ ${BASH_SOURCE[0]-} == "$__rc" ]] && __last=$LINENO && __ran[LINENO]=1' DEBUG
source "$__rc"
__status=$?
__done=1
printf '%s' "$__status" >"$__out/source-status"
RUNNER
cd "$work" || exit 1
bash --noprofile --norc "$work/run.sh" </dev/null >"$out/stdout" 2>"$out/stderr"
printf '%s' "$?" >"$out/exit"
echo ran >"$out/status"
