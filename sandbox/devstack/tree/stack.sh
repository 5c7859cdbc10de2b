#!/usr/bin/env bash

# stack.sh of the kdf DevStack double (ussuri-eol era).
#
# It plays DevStack's stack.sh for the toolkit's tests: the same refusals,
# local.conf handling, plugin phases and merge points, password prompts,
# logs, traps and host files, while nothing is installed or started.
# sandbox/devstack/README.md says what is faithful, what is simplified and
# which KDF_DOUBLE_* knobs tests use. Helpers live in inc/kdf-stack-*; this
# file is the run itself, phase by phase.
#
# Some statements must stay at the top level here because their place is
# observable: the plugin phases and the local.conf merges (call-trace frames
# and xtrace lines name "stack.sh" / "main"), "uname -a", and the failures
# injected at "stack" (only a failing top-level command fires the ERR trap).

# Trace from the very first line: a failure shows the command behind it
set -o xtrace

# A predictable environment: no grep options, DevStack's locale (bash warns
# when en_US.utf8 is missing), no OS_* credentials from the caller
unset GREP_OPTIONS LANG LANGUAGE
export LC_ALL=en_US.utf8
unset "${!OS_@}"
umask 022
PATH=$PATH:/usr/local/bin:/usr/local/sbin:/usr/sbin:/sbin

TOP_DIR=$(cd "$(dirname "$0")" && pwd)


# Knobs
# =====

# The first control file with KDF_DOUBLE_* settings (README.md, "Knobs"):
# $KDF_DOUBLE_CONTROL, $TOP_DIR/kdf-double.env, or kdf-double.env at the
# root of the file:// git base the tree was cloned from
# (<base>/openstack/devstack -> <base>/kdf-double.env).
function kdf_control_file {
    local origin base
    if [[ -n ${KDF_DOUBLE_CONTROL:-} ]]; then
        echo "$KDF_DOUBLE_CONTROL"
        return 0
    fi
    if [[ -r $TOP_DIR/kdf-double.env ]]; then
        echo "$TOP_DIR/kdf-double.env"
        return 0
    fi
    origin=$(git -C "$TOP_DIR" config --get remote.origin.url 2>/dev/null)
    [[ $origin == file://* ]] || return 0
    origin=${origin#file://}
    origin=${origin%/}
    base=${origin%/*/*}
    if [[ -r $base/kdf-double.env ]]; then
        echo "$base/kdf-double.env"
    fi
}

# Sourced at the top level with allexport, so every value is exported
set +o xtrace
_kdf_knobs=$(kdf_control_file)
if [[ -n $_kdf_knobs ]]; then
    set -a
    source "$_kdf_knobs"
    set +a
fi
unset _kdf_knobs
set -o xtrace

# NOUNSET=<anything> makes unset variables fatal
[[ -z ${NOUNSET:-} ]] || set -o nounset
NOUNSET=${NOUNSET:-}

DEVSTACK_START_TIME=$(date +%s)


# Refusals
# ========

# refuse_to_stack <line>...: prints the lines on stdout and stops (no log
# exists yet, and no trap is set)
function refuse_to_stack {
    set +o xtrace
    printf '%s\n' "$@"
    exit 1
}

# The saved environment belongs to the previous run
if [[ -r $TOP_DIR/.stackenv ]]; then
    rm $TOP_DIR/.stackenv
fi

# The tree must be complete: package lists and templates, inc/ and lib/
FILES=$TOP_DIR/files
for _kdf_part in files inc lib; do
    [[ -d $TOP_DIR/$_kdf_part ]] || refuse_to_stack "missing devstack/$_kdf_part"
done
unset _kdf_part

if [[ "${POSIXLY_CORRECT}" == "y" ]]; then
    refuse_to_stack "You are running POSIX compatibility mode, DevStack requires bash 4.2 or newer."
fi

if (( EUID == 0 )); then
    refuse_to_stack \
        "DevStack should be run as a user with sudo permissions, " \
        "not root." \
        "A \"stack\" user configured correctly can be created with:" \
        " $TOP_DIR/tools/create-stack-user.sh"
fi

# A virtualenv would be broken by the system-level changes
if [[ -n "$VIRTUAL_ENV" ]]; then
    refuse_to_stack \
        "You appear to be running under a python virtualenv." \
        "DevStack does not support this, as we may break the" \
        "virtualenv you are currently in by modifying " \
        "external system-level components the virtualenv relies on." \
        "We recommend you use a separate virtual-machine if " \
        "you are worried about DevStack taking over your system."
fi

# The owner's own safety switch
if [[ -e $HOME/.no-devstack ]]; then
    refuse_to_stack \
        "You've marked this host as a no-devstack host, to save yourself from" \
        "running devstack accidentally. If this is in error, please remove the" \
        "~/.no-devstack file"
fi


# Settings
# ========

source $TOP_DIR/functions

# os_VENDOR, os_RELEASE, os_PACKAGE, os_CODENAME and DISTRO
GetDistro

# Phase: local - [[local|localrc]] becomes .localrc.auto (unless a localrc
# file exists), which stackrc sources. errexit is not on yet, so an error
# in it is printed and the run goes on.
rm -f $TOP_DIR/.localrc.auto
extract_localrc_section $TOP_DIR/local.conf $TOP_DIR/localrc $TOP_DIR/.localrc.auto

[[ -r $TOP_DIR/stackrc ]] || die $LINENO "missing $TOP_DIR/stackrc - did you grab more than just stack.sh?"
source $TOP_DIR/stackrc

source $TOP_DIR/inc/kdf-stack-output
source $TOP_DIR/inc/kdf-stack-host
source $TOP_DIR/inc/kdf-stack-prompts

# where the generate-subunit stand-in lands once os-testr is "installed"
PATH=$PATH:$DATA_DIR/kdf-double-bin

write_devstack_version

# An untested distro stops the run, unless FORCE=yes (DISTRO is matched
# unanchored against the list)
SUPPORTED_DISTROS="bionic|stretch|jessie|f30|f31|opensuse-15.2|opensuse-tumbleweed|rhel8"
if ! [[ ${DISTRO} =~ $SUPPORTED_DISTROS ]]; then
    echo "WARNING: this script has not been tested on $DISTRO"
    [[ "$FORCE" == "yes" ]] || die $LINENO "If you wish to run this script anyway run with FORCE=yes"
fi

export_proxy_variables
# "-svc" entries of ENABLED_SERVICES switch services off
disable_negated_services


# Host set-up
# ===========

kdf_write_sudoers
kdf_write_apt_retries
kdf_make_target_dirs

OFFLINE=$(trueorfalse False OFFLINE)
ERROR_ON_CLONE=$(trueorfalse False ERROR_ON_CLONE)
ENABLE_DEBUG_LOG_LEVEL=$(trueorfalse True ENABLE_DEBUG_LOG_LEVEL)

# Logging. DevStack normalises VERBOSE twice, so VERBOSE_NO_TIMESTAMP is a
# copy of VERBOSE and the console is never stamped with VERBOSE=True;
# KDF_DOUBLE_FIX_VERBOSE_NO_TIMESTAMP=1 reads the intended variable.
VERBOSE=$(trueorfalse True VERBOSE)
_kdf_stamp_knob=VERBOSE
if [[ "${KDF_DOUBLE_FIX_VERBOSE_NO_TIMESTAMP:-}" == 1 ]]; then
    _kdf_stamp_knob=VERBOSE_NO_TIMESTAMP
fi
VERBOSE_NO_TIMESTAMP=$(trueorfalse False $_kdf_stamp_knob)
unset _kdf_stamp_knob

kdf_setup_logging

# Daemons running as other users must be able to walk down to DEST: a 0700
# element (a home directory made by useradd -m often is) stops the run
# unless SKIP_PATH_SANITY is set.
function check_path_perm_sanity {
    local target walked="" element
    target=$(readlink -f $1)
    for element in ${target//\// }; do
        walked="$walked/$element"
        [[ $(stat -c '%a' $walked) == 700 ]] || continue
        printf '%s\n' "*** DEST path element" "***    ${walked}" "*** appears to have 0700 permissions." \
            "*** This is very likely to cause fatal issues for DevStack daemons."
        [[ -z $SKIP_PATH_SANITY ]] || return 0
        echo "*** Set SKIP_PATH_SANITY to skip this check"
        die $LINENO "Invalid path permissions"
    done
}

check_path_perm_sanity "$DEST"


# Traps
# =====

# From here on a top-level failure ends the run with "stack.sh failed"
trap exit_trap EXIT; trap err_trap ERR
set -o errexit

uname -a

# A fresh CA bundle for this run
SSL_BUNDLE_FILE="$DATA_DIR/ca-bundle.pem"
rm -f $SSL_BUNDLE_FILE


# Helpers of the run
# ==================

# stack_if_enabled "<services>" <step>...: runs the steps in order when
# any of the services is enabled. A step with a summary line announces
# itself (stack_announce_*), so the line shows up, in xtrace too, only for
# services that run.
function stack_if_enabled {
    local services=$1 step
    shift
    is_service_enabled $services || return 0
    for step in "$@"; do
        $step
    done
}

# init, start and bootstrap keystone - only on its own service host
function stack_start_local_keystone {
    local step
    [[ "$KEYSTONE_SERVICE_HOST" == "$SERVICE_HOST" ]] || return 0
    for step in init_keystone start_keystone bootstrap_keystone; do
        $step
    done
}

# install and configure keystone - only on its own service host
function stack_install_local_keystone {
    [[ "$KEYSTONE_SERVICE_HOST" == "$SERVICE_HOST" ]] || return 0
    install_keystone
    configure_keystone
}

# Service steps that begin with their own summary line
function stack_announce_keystone {
    echo_summary "Starting Keystone"
    stack_start_local_keystone
    create_keystone_accounts
}

function stack_announce_horizon_config {
    echo_summary "Configuring Horizon"
    configure_horizon
}

function stack_announce_neutron_config {
    echo_summary "Configuring Neutron"
    configure_neutron
}

function stack_announce_nova_config {
    echo_summary "Configuring Nova"
    init_nova
}

function stack_announce_nova_api {
    echo_summary "Starting Nova API"
    start_nova_api
}

function stack_announce_neutron_server {
    echo_summary "Starting Neutron"
    configure_neutron_after_post_config
    start_neutron_service_and_check
}

function stack_announce_placement {
    echo_summary "Starting Placement"
    start_placement
}

function stack_announce_nova {
    echo_summary "Starting Nova"
    start_nova
    create_flavors
}

function stack_announce_cinder {
    echo_summary "Starting Cinder"
    start_cinder
}

function stack_announce_glance {
    echo_summary "Starting Glance"
    start_glance
}

function stack_announce_horizon {
    echo_summary "Starting Horizon"
    init_horizon
    start_horizon
}

# The first networks, through the neutron plugin's own function if it has
# one; NEUTRON_CREATE_INITIAL_NETWORKS=False skips them
function stack_create_initial_networks {
    [[ "$NEUTRON_CREATE_INITIAL_NETWORKS" != "False" ]] || return 0
    local create=create_neutron_initial_network
    # a plugin that knows its own first networks defines this
    if type -p neutron_plugin_create_initial_networks >/dev/null; then create=neutron_plugin_create_initial_networks; fi
    echo_summary "Creating initial neutron network elements"
    $create
}

# Every IMAGE_URLS entry, when glance and a database are there
function stack_upload_images {
    local url
    is_service_enabled $DATABASE_BACKENDS || return 0
    is_service_enabled glance || return 0
    echo_summary "Uploading images"
    for url in ${IMAGE_URLS//,/ }; do
        upload_image $url
    done
}

# kdf_injection_at <phase>: true when KDF_DOUBLE_FAIL asks for a failure at
# "stack" <phase>; KDF_INJECT_KIND and KDF_INJECT_ARG then say which. The
# injection itself runs at the top level (README.md, "Failure injection").
function kdf_injection_at {
    local request
    request=$(_double_injection $1) || return 1
    KDF_INJECT_KIND=${request%% *}
    KDF_INJECT_ARG=${request#* }
}


# Projects
# ========

source $TOP_DIR/lib/database
source $TOP_DIR/lib/rpc_backend

# the plugins' trees, then their override-defaults files (before lib/* reads its defaults)
fetch_plugins
run_phase override_defaults

for _kdf_lib in horizon keystone glance nova placement cinder swift neutron dstat etcd3; do
    source $TOP_DIR/lib/$_kdf_lib
done
unset _kdf_lib

# Phase: source
run_phase source

kdf_ask_for_passwords

save_stackenv $LINENO


# Install
# =======

echo_summary "Installing package prerequisites"
# sourced, so the whole environment is visible to it
source $TOP_DIR/tools/install_prereqs.sh

# os-testr brings generate-subunit (here: the double's stand-in)
pip_install -U os-testr
mkdir -p $DATA_DIR/kdf-double-bin
cp $TOP_DIR/tools/generate-subunit $DATA_DIR/kdf-double-bin/generate-subunit

if kdf_injection_at pre-install; then
    case $KDF_INJECT_KIND in
        fail | hang) $TOP_DIR/tools/kdf-double-inject $KDF_INJECT_KIND $KDF_INJECT_ARG ;;
        die) die $LINENO "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at pre-install}" ;;
        die-nolineno) die "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at pre-install}" ;;
    esac
fi
# Phase: pre-install
run_phase stack pre-install

# the message queue and the database first: every service below connects to them
install_rpc_backend
restart_rpc_backend
stack_if_enabled "$DATABASE_BACKENDS" install_database
if [[ -n "$DATABASE_TYPE" ]]; then
    install_database_python
fi
stack_if_enabled etcd3 install_etcd3

echo_summary "Installing OpenStack project source"
stack_if_enabled keystone stack_install_local_keystone
stack_if_enabled "g-api n-api" install_glance configure_glance
stack_if_enabled cinder configure_cinder
stack_if_enabled neutron install_neutron
stack_if_enabled nova install_nova configure_nova
stack_if_enabled placement configure_placement

if kdf_injection_at install; then
    case $KDF_INJECT_KIND in
        fail | hang) $TOP_DIR/tools/kdf-double-inject $KDF_INJECT_KIND $KDF_INJECT_ARG ;;
        die) die $LINENO "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at install}" ;;
        die-nolineno) die "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at install}" ;;
    esac
fi
# Phase: install
run_phase stack install

# the client most of the later set-up commands need
pip_install_gr python-openstackclient

stack_if_enabled "$DATABASE_BACKENDS" configure_database

save_stackenv $LINENO


# Start and configure
# ===================

start_dstat
stack_if_enabled etcd3 start_etcd3

write_clouds_yaml
export OS_CLOUD=${OS_CLOUD:-devstack-admin}

stack_if_enabled keystone stack_announce_keystone
stack_if_enabled horizon stack_announce_horizon_config
stack_if_enabled neutron stack_announce_neutron_config
stack_if_enabled nova stack_announce_nova_config

if kdf_injection_at post-config; then
    case $KDF_INJECT_KIND in
        fail | hang) $TOP_DIR/tools/kdf-double-inject $KDF_INJECT_KIND $KDF_INJECT_ARG ;;
        die) die $LINENO "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at post-config}" ;;
        die-nolineno) die "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at post-config}" ;;
    esac
fi
# Phase: post-config - the plugins first, then local.conf's blocks on top
run_phase stack post-config
merge_config_group $TOP_DIR/local.conf post-config

# nova-api answers before the rest; placement before the services that
# register resource providers with it
stack_if_enabled n-api stack_announce_nova_api
stack_if_enabled q-svc stack_announce_neutron_server
stack_if_enabled placement stack_announce_placement
stack_if_enabled neutron start_neutron
stack_if_enabled q-svc stack_create_initial_networks
stack_if_enabled nova stack_announce_nova
stack_if_enabled cinder stack_announce_cinder
stack_if_enabled glance stack_announce_glance

stack_upload_images

stack_if_enabled horizon stack_announce_horizon

save_stackenv


# Extra, post-extra, local.sh, test-config
# ========================================

# Phase: extra - local.conf's blocks first, then the plugins
merge_config_group $TOP_DIR/local.conf extra

if kdf_injection_at extra; then
    case $KDF_INJECT_KIND in
        fail | hang) $TOP_DIR/tools/kdf-double-inject $KDF_INJECT_KIND $KDF_INJECT_ARG ;;
        die) die $LINENO "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at extra}" ;;
        die-nolineno) die "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at extra}" ;;
    esac
fi
run_phase stack extra

# Phase: post-extra
merge_config_group $TOP_DIR/local.conf post-extra

# The user's own local.sh, when executable
if [[ -x $TOP_DIR/local.sh ]]; then
    echo "Running user script $TOP_DIR/local.sh"
    $TOP_DIR/local.sh
fi

if kdf_injection_at test-config; then
    case $KDF_INJECT_KIND in
        fail | hang) $TOP_DIR/tools/kdf-double-inject $KDF_INJECT_KIND $KDF_INJECT_ARG ;;
        die) die $LINENO "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at test-config}" ;;
        die-nolineno) die "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at test-config}" ;;
    esac
fi
# Phase: test-config - the plugins, then local.conf's blocks
run_phase stack test-config
merge_config_group $TOP_DIR/local.conf test-config


# Success tail
# ============

# The closing report, in DevStack's order (README.md, "Success tail")
function print_success_tail {
    printf '\n\n\n'
    echo "This is your host IP address: $HOST_IP"
    [[ -z "$HOST_IPV6" ]] || echo "This is your host IPv6 address: $HOST_IPV6"
    if is_service_enabled horizon; then echo "Horizon is now available at http://$SERVICE_HOST$HORIZON_APACHE_ROOT"; fi
    if is_service_enabled keystone; then
        printf '%s\n' "Keystone is serving at $KEYSTONE_SERVICE_URI/" \
            "The default users are: admin and demo" "The password: $ADMIN_PASSWORD"
    fi
    if [[ -n "$DEPRECATED_TEXT" ]]; then
        echo
        echo -e "WARNING: $DEPRECATED_TEXT"
        echo
    fi
    printf '%s\n' "" "Services are running under systemd unit files." "For more information see: " \
        "https://docs.openstack.org/devstack/latest/systemd.html" ""
    cat ${KDF_DOUBLE_ETC:-/etc}/devstack-version
    echo
}

set +o xtrace
kdf_output_for_tail
time_totals
print_success_tail
# SECONDS: bash's own count since the script started
echo_summary "stack.sh completed in $SECONDS seconds."
kdf_close_logging
