#!/usr/bin/env bash

# ``stack.sh`` of the kdf DevStack double.
#
# This is a test double of DevStack's stack.sh at the ussuri-eol era (the
# release train that can run Dragonflow and Kuryr-Kubernetes). It installs and
# starts nothing. It reproduces what a CI toolkit can observe: the sanity
# checks and their messages, the local.conf handling (localrc extraction, INI
# merges at the right phases), plugin cloning with real git and the plugin
# phases, the password prompts, logging (files, symlinks, timestamps, xtrace),
# the error traps and their output, the files written on the host, and the
# success tail. See sandbox/devstack/README.md for what is faithful and what
# is simplified, and the knobs (KDF_DOUBLE_*) tests use.

# Print the commands being run so that we can see the command that triggers
# an error.
set -o xtrace

# Make sure custom grep options don't get in the way
unset GREP_OPTIONS

# DevStack pins the locale to en_US.utf8 (bash warns if it is missing)
unset LANG
unset LANGUAGE
LC_ALL=en_US.utf8
export LC_ALL

# Clear all OpenStack related envvars
unset `env | grep -E '^OS_' | cut -d = -f 1`

# Make sure umask is sane
umask 022

# Not all distros have sbin in PATH for regular users.
PATH=$PATH:/usr/local/bin:/usr/local/sbin:/usr/sbin:/sbin

# Keep track of the DevStack directory
TOP_DIR=$(cd $(dirname "$0") && pwd)

# kdf double: settings for tests (README.md, "Knobs"): the environment, then
# $KDF_DOUBLE_CONTROL, $TOP_DIR/kdf-double.env, or kdf-double.env at the root
# of a file:// git base this tree was cloned from. Values are exported.
set +o xtrace
_kdf_ctl=${KDF_DOUBLE_CONTROL:-}
if [[ -z $_kdf_ctl && -r $TOP_DIR/kdf-double.env ]]; then
    _kdf_ctl=$TOP_DIR/kdf-double.env
fi
if [[ -z $_kdf_ctl ]]; then
    _kdf_origin=$(git -C "$TOP_DIR" config --get remote.origin.url 2>/dev/null)
    if [[ $_kdf_origin == file://* ]]; then
        _kdf_origin=${_kdf_origin#file://}
        _kdf_origin=${_kdf_origin%/}
        if [[ -r ${_kdf_origin%/*/*}/kdf-double.env ]]; then
            _kdf_ctl=${_kdf_origin%/*/*}/kdf-double.env
        fi
    fi
fi
if [[ -n $_kdf_ctl ]]; then
    set -a
    source "$_kdf_ctl"
    set +a
fi
unset _kdf_ctl _kdf_origin
set -o xtrace

# Check for uninitialized variables, a big cause of bugs
NOUNSET=${NOUNSET:-}
if [[ -n "$NOUNSET" ]]; then
    set -o nounset
fi

# Set start of devstack timestamp
DEVSTACK_START_TIME=$(date +%s)

# Configuration
# =============

# Sanity Checks
# -------------

# Clean up last environment var cache
if [[ -r $TOP_DIR/.stackenv ]]; then
    rm $TOP_DIR/.stackenv
fi

# ``stack.sh`` keeps the list of ``deb`` and ``rpm`` dependencies, config
# templates and other useful files in the ``files`` subdirectory
FILES=$TOP_DIR/files
if [ ! -d $FILES ]; then
    set +o xtrace
    echo "missing devstack/files"
    exit 1
fi

# ``stack.sh`` keeps function libraries here
# Make sure ``$TOP_DIR/inc`` directory is present
if [ ! -d $TOP_DIR/inc ]; then
    set +o xtrace
    echo "missing devstack/inc"
    exit 1
fi

# ``stack.sh`` keeps project libraries here
# Make sure ``$TOP_DIR/lib`` directory is present
if [ ! -d $TOP_DIR/lib ]; then
    set +o xtrace
    echo "missing devstack/lib"
    exit 1
fi

# Check if run in POSIX shell
if [[ "${POSIXLY_CORRECT}" == "y" ]]; then
    set +o xtrace
    echo "You are running POSIX compatibility mode, DevStack requires bash 4.2 or newer."
    exit 1
fi

# OpenStack is designed to be run as a non-root user; ``stack.sh`` must not
# be run as **root**.  It aborts and suggests one course of action to create
# a suitable user account.
if [[ $EUID -eq 0 ]]; then
    set +o xtrace
    echo "DevStack should be run as a user with sudo permissions, "
    echo "not root."
    echo "A \"stack\" user configured correctly can be created with:"
    echo " $TOP_DIR/tools/create-stack-user.sh"
    exit 1
fi

# DevStack does not support running under a python virtualenv
if [[ -n "$VIRTUAL_ENV" ]]; then
    set +o xtrace
    echo "You appear to be running under a python virtualenv."
    echo "DevStack does not support this, as we may break the"
    echo "virtualenv you are currently in by modifying "
    echo "external system-level components the virtualenv relies on."
    echo "We recommend you use a separate virtual-machine if "
    echo "you are worried about DevStack taking over your system."
    exit 1
fi

# Provide a safety switch for devstack
if [[ -e $HOME/.no-devstack ]]; then
    set +o xtrace
    echo "You've marked this host as a no-devstack host, to save yourself from"
    echo "running devstack accidentally. If this is in error, please remove the"
    echo "~/.no-devstack file"
    exit 1
fi

# Prepare the environment
# -----------------------

# Initialize variables:
LAST_SPINNER_PID=""

# Import common functions
source $TOP_DIR/functions

# Determine what system we are running on.  This provides ``os_VENDOR``,
# ``os_RELEASE``, ``os_PACKAGE``, ``os_CODENAME`` and ``DISTRO``
GetDistro


# Global Settings
# ---------------

# Check for a ``localrc`` section embedded in ``local.conf`` and extract if
# ``localrc`` does not already exist

# Phase: local
rm -f $TOP_DIR/.localrc.auto
extract_localrc_section $TOP_DIR/local.conf $TOP_DIR/localrc $TOP_DIR/.localrc.auto

# ``stackrc`` sources the ``localrc`` section of ``local.conf``. Errors in
# it do not stop stack.sh: errexit is only switched on further down.
if [[ ! -r $TOP_DIR/stackrc ]]; then
    die $LINENO "missing $TOP_DIR/stackrc - did you grab more than just stack.sh?"
fi
source $TOP_DIR/stackrc

# kdf double: where the generate-subunit stand-in is "installed"
PATH=$PATH:$DATA_DIR/kdf-double-bin

# write /etc/devstack-version
write_devstack_version

# Warn users who aren't on an explicitly supported distro, but allow them to
# override check and attempt installation with ``FORCE=yes ./stack``
SUPPORTED_DISTROS="bionic|stretch|jessie|f30|f31|opensuse-15.2|opensuse-tumbleweed|rhel8"

if [[ ! ${DISTRO} =~ $SUPPORTED_DISTROS ]]; then
    echo "WARNING: this script has not been tested on $DISTRO"
    if [[ "$FORCE" != "yes" ]]; then
        die $LINENO "If you wish to run this script anyway run with FORCE=yes"
    fi
fi

# Local Settings
# --------------

# Make sure the proxy config is visible to sub-processes
export_proxy_variables

# Remove services which were negated in ``ENABLED_SERVICES``
# using the "-" prefix (e.g., "-rabbit") instead of
# calling disable_service().
disable_negated_services


# Configure sudo
# --------------

# Set up DevStack sudoers (the double writes under ${KDF_DOUBLE_ETC:-/etc})
_double_install_dir ${KDF_DOUBLE_ETC:-/etc}/sudoers.d
TEMPFILE=`mktemp`
echo "$STACK_USER ALL=(root) NOPASSWD:ALL" >$TEMPFILE
echo "Defaults:$STACK_USER secure_path=/sbin:/usr/sbin:/usr/bin:/bin:/usr/local/sbin:/usr/local/bin" >> $TEMPFILE
echo "Defaults:$STACK_USER !requiretty" >> $TEMPFILE
chmod 0440 $TEMPFILE
_double_priv cp $TEMPFILE ${KDF_DOUBLE_ETC:-/etc}/sudoers.d/50_stack_sh
rm -f $TEMPFILE

# Configure Distro Repositories
# -----------------------------

# For Debian/Ubuntu make apt attempt to retry network ops on it's own
if is_ubuntu; then
    _double_install_dir ${KDF_DOUBLE_ETC:-/etc}/apt/apt.conf.d
    echo 'APT::Acquire::Retries "20";' | _double_write ${KDF_DOUBLE_ETC:-/etc}/apt/apt.conf.d/80retry
fi


# Configure Target Directories
# ----------------------------

# Destination path for installation ``DEST``
DEST=${DEST:-/opt/stack}

# Create the destination directory and ensure it is writable by the user
# and read/executable by everybody for daemons.
# If directory exists do not modify the permissions.
if [[ ! -d $DEST ]]; then
    _double_install_dir $DEST
    safe_chown -R $STACK_USER $DEST
    safe_chmod 0755 $DEST
fi

# Destination path for devstack logs
if [[ -n ${LOGDIR:-} ]]; then
    mkdir -p $LOGDIR
fi

# Destination path for service data
DATA_DIR=${DATA_DIR:-${DEST}/data}
if [[ ! -d $DATA_DIR ]]; then
    _double_install_dir $DATA_DIR
    safe_chown -R $STACK_USER $DATA_DIR
    safe_chmod 0755 $DATA_DIR
fi


# Common Configuration
# --------------------

# Set ``OFFLINE`` to ``True`` to configure ``stack.sh`` to run cleanly without
# Internet access.
OFFLINE=`trueorfalse False OFFLINE`

# Set ``ERROR_ON_CLONE`` to ``True`` to configure ``stack.sh`` to exit if
# the destination git repository does not exist during the ``git_clone``
# operation.
ERROR_ON_CLONE=`trueorfalse False ERROR_ON_CLONE`

# Whether to enable the debug log level in OpenStack services
ENABLE_DEBUG_LOG_LEVEL=`trueorfalse True ENABLE_DEBUG_LOG_LEVEL`


# Configure Logging
# -----------------

# Set up logging level
VERBOSE=$(trueorfalse True VERBOSE)
# DevStack normalises the wrong variable here, so VERBOSE_NO_TIMESTAMP ends up
# equal to VERBOSE (console lines carry no timestamp whenever VERBOSE=True).
# KDF_DOUBLE_FIX_VERBOSE_NO_TIMESTAMP=1 reads VERBOSE_NO_TIMESTAMP instead.
if [[ "${KDF_DOUBLE_FIX_VERBOSE_NO_TIMESTAMP:-}" == 1 ]]; then
    VERBOSE_NO_TIMESTAMP=$(trueorfalse False VERBOSE_NO_TIMESTAMP)
else
    VERBOSE_NO_TIMESTAMP=$(trueorfalse False VERBOSE)
fi

# Draw a spinner so the user knows something is happening
function spinner {
    local delay=0.75
    local spinstr='/-\|'
    printf "..." >&3
    while [ true ]; do
        local temp=${spinstr#?}
        printf "[%c]" "$spinstr" >&3
        local spinstr=$temp${spinstr%"$temp"}
        sleep $delay
        printf "\b\b\b" >&3
    done
}

function kill_spinner {
    if [ ! -z "$LAST_SPINNER_PID" ]; then
        kill >/dev/null 2>&1 $LAST_SPINNER_PID
        printf "\b\b\bdone\n" >&3
    fi
}

# Echo text to the summary output (fd 6)
# echo_summary "something to say"
function echo_summary {
    if [[ -t 3 && "$VERBOSE" != "True" ]]; then
        kill_spinner
        echo -n -e $@ >&6
        spinner &
        LAST_SPINNER_PID=$!
    else
        echo -e $@ >&6
    fi
}

# Echo text only to stdout, no log files
# echo_nolog "something not for the logs"
function echo_nolog {
    echo $@ >&3
}

# Set up logging for ``stack.sh``
# Set ``LOGFILE`` to turn on logging
# Append '.xxxxxxxx' to the given name to maintain history
# where 'xxxxxxxx' is a representation of the date the file was created
TIMESTAMP_FORMAT=${TIMESTAMP_FORMAT:-"%F-%H%M%S"}
LOGDAYS=${LOGDAYS:-7}
CURRENT_LOG_TIME=$(date "+$TIMESTAMP_FORMAT")

# The output filter (python3 like DevStack's; a bash copy when it is missing)
PYTHON=${PYTHON:-$(command -v python3)}
if [[ -n "$PYTHON" ]]; then
    OUTFILTER="env LC_ALL=C.UTF-8 $PYTHON $TOP_DIR/tools/outfilter.py"
else
    OUTFILTER="env LC_ALL=C.UTF-8 $TOP_DIR/tools/outfilter.sh"
fi

if [[ -n "$LOGFILE" ]]; then
    # Clean up old log files.  Append '.*' to the user-specified
    # ``LOGFILE`` to match the date in the search template.
    LOGFILE_DIR="${LOGFILE%/*}"           # dirname
    LOGFILE_NAME="${LOGFILE##*/}"         # basename
    mkdir -p $LOGFILE_DIR
    find $LOGFILE_DIR -maxdepth 1 -name $LOGFILE_NAME.\* -mtime +$LOGDAYS -exec rm {} \;
    LOGFILE=$LOGFILE.${CURRENT_LOG_TIME}
    SUMFILE=$LOGFILE.summary.${CURRENT_LOG_TIME}

    # Redirect output according to config

    # Set fd 3 to a copy of stdout. So we can set fd 1 without losing
    # stdout later.
    exec 3>&1
    if [[ "$VERBOSE" == "True" ]]; then
        _of_args="-v"
        if [[ "$VERBOSE_NO_TIMESTAMP" == "True" ]]; then
            _of_args="$_of_args --no-timestamp"
        fi
        # Set fd 1 and 2 to write the log file
        exec 1> >( $OUTFILTER $_of_args -o "${LOGFILE}" ) 2>&1
        # Set fd 6 to summary log file
        exec 6> >( $OUTFILTER -o "${SUMFILE}" )
    else
        # Set fd 1 and 2 to primary logfile
        exec 1> >( $OUTFILTER -o "${LOGFILE}" ) 2>&1
        # Set fd 6 to summary logfile and stdout
        exec 6> >( $OUTFILTER -v -o "${SUMFILE}" >&3 )
    fi

    echo_summary "stack.sh log $LOGFILE"
    # Specified logfile name always links to the most recent log
    ln -sf $LOGFILE $LOGFILE_DIR/$LOGFILE_NAME
    ln -sf $SUMFILE $LOGFILE_DIR/$LOGFILE_NAME.summary
else
    # Set up output redirection without log files
    # Set fd 3 to a copy of stdout. So we can set fd 1 without losing
    # stdout later.
    exec 3>&1
    if [[ "$VERBOSE" != "True" ]]; then
        # Throw away stdout and stderr
        exec 1>/dev/null 2>&1
    fi
    # Always send summary fd to original stdout
    exec 6> >( $OUTFILTER -v >&3 )
fi

# Ensure no element of the DEST path has 0700 permissions (a home directory
# made by useradd -m often has), which breaks daemons.
function check_path_perm_sanity {
    local real_path
    real_path=$(readlink -f $1)
    local rebuilt_path=""
    for i in $(echo ${real_path} | tr "/" " "); do
        rebuilt_path=$rebuilt_path"/"$i

        if [[ $(stat -c '%a' ${rebuilt_path}) = 700 ]]; then
            echo "*** DEST path element"
            echo "***    ${rebuilt_path}"
            echo "*** appears to have 0700 permissions."
            echo "*** This is very likely to cause fatal issues for DevStack daemons."

            if [[ -n "$SKIP_PATH_SANITY" ]]; then
                return
            else
                echo "*** Set SKIP_PATH_SANITY to skip this check"
                die $LINENO "Invalid path permissions"
            fi
        fi
    done
}

# Basic test for ``$DEST`` path permissions (fatal on error unless skipped)
check_path_perm_sanity ${DEST}

# Configure Error Traps
# ---------------------

# Kill background processes on exit
trap exit_trap EXIT
function exit_trap {
    local r=$?
    jobs=$(jobs -p)
    # Only do the kill when we're logging through a process substitution,
    # which currently is only to verbose logfile
    if [[ -n $jobs && -n "$LOGFILE" && "$VERBOSE" == "True" ]]; then
        echo "exit_trap: cleaning up child processes"
        kill 2>&1 $jobs
    fi

    # Kill the last spinner process
    kill_spinner

    if [[ $r -ne 0 ]]; then
        echo "Error on exit"
        # If we error before we've installed os-testr, this will fail.
        if type -p generate-subunit > /dev/null; then
            generate-subunit $DEVSTACK_START_TIME $SECONDS 'fail' >> ${SUBUNIT_OUTPUT}
        fi
        if [[ -z $LOGDIR ]]; then
            $TOP_DIR/tools/worlddump.sh
        else
            $TOP_DIR/tools/worlddump.sh -d $LOGDIR
        fi
    else
        # If we error before we've installed os-testr, this will fail.
        if type -p generate-subunit > /dev/null; then
            generate-subunit $DEVSTACK_START_TIME $SECONDS >> ${SUBUNIT_OUTPUT}
        fi
    fi

    exit $r
}

# Exit on any errors so that errors don't compound
trap err_trap ERR
function err_trap {
    local r=$?
    set +o xtrace
    if [[ -n "$LOGFILE" ]]; then
        echo "${0##*/} failed: full log in $LOGFILE"
    else
        echo "${0##*/} failed"
    fi
    exit $r
}

# Begin trapping error exit codes
set -o errexit

# Print the kernel version
uname -a

# Reset the bundle of CA certificates
SSL_BUNDLE_FILE="$DATA_DIR/ca-bundle.pem"
rm -f $SSL_BUNDLE_FILE

# Import common services (database, message queue) configuration
source $TOP_DIR/lib/database
source $TOP_DIR/lib/rpc_backend

# Configure Projects
# ==================

# Clone all external plugins
fetch_plugins

# Plugin Phase 0: override_defaults - allow plugins to override
# defaults before other services are run
run_phase override_defaults

# Source project function libraries
source $TOP_DIR/lib/horizon
source $TOP_DIR/lib/keystone
source $TOP_DIR/lib/glance
source $TOP_DIR/lib/nova
source $TOP_DIR/lib/placement
source $TOP_DIR/lib/cinder
source $TOP_DIR/lib/swift
source $TOP_DIR/lib/neutron
source $TOP_DIR/lib/dstat
source $TOP_DIR/lib/etcd3

# Extras Source
# --------------

# Phase: source
run_phase source


# Interactive Configuration
# -------------------------

# Generic helper to configure passwords
function read_password {
    local xtrace
    xtrace=$(set +o | grep xtrace)
    set +o xtrace
    var=$1; msg=$2
    pw=${!var}

    if [[ -f $RC_DIR/localrc ]]; then
        localrc=$TOP_DIR/localrc
    else
        localrc=$TOP_DIR/.localrc.password
    fi

    # If the password is not defined yet, proceed to prompt user for a password.
    if [ ! $pw ]; then
        # If there is no localrc file, create one
        if [ ! -e $localrc ]; then
            touch $localrc
        fi

        # Presumably if we got this far it can only be that our
        # localrc is missing the required password.  Prompt user for a
        # password and write to localrc.

        echo ''
        echo '################################################################################'
        echo $msg
        echo '################################################################################'
        echo "This value will be written to ${localrc} file so you don't have to enter it "
        echo "again.  Use only alphanumeric characters."
        echo "If you leave this blank, a random default value will be used."
        pw=" "
        while true; do
            echo "Enter a password now:"
            read -e $var
            pw=${!var}
            [[ "$pw" = "`echo $pw | tr -cd [:alnum:]`" ]] && break
            echo "Invalid chars in password.  Try again:"
        done
        if [ ! $pw ]; then
            pw=$(generate_hex_string 10)
        fi
        eval "$var=$pw"
        echo "$var=$pw" >> $localrc
    fi

    # restore previous xtrace value
    $xtrace
}


# Database Configuration
# ----------------------

if initialize_database_backends; then
    echo "Using $DATABASE_TYPE database backend"
    # Last chance for the database password. This must be handled here
    # because read_password is not a library function.
    read_password DATABASE_PASSWORD "ENTER A PASSWORD TO USE FOR THE DATABASE."

    define_database_baseurl
else
    echo "No database enabled"
fi


# Queue Configuration
# -------------------

# Rabbit connection info
if is_service_enabled rabbit; then
    read_password RABBIT_PASSWORD "ENTER A PASSWORD TO USE FOR RABBIT."
fi


# Keystone
# --------

if is_service_enabled keystone; then
    # Services authenticate to Identity with servicename/``SERVICE_PASSWORD``
    read_password SERVICE_PASSWORD "ENTER A SERVICE_PASSWORD TO USE FOR THE SERVICE AUTHENTICATION."
    # Horizon currently truncates usernames and passwords at 20 characters
    read_password ADMIN_PASSWORD "ENTER A PASSWORD TO USE FOR HORIZON AND KEYSTONE (20 CHARS OR LESS)."

    # Only request LDAP password if the service is enabled
    if is_service_enabled ldap; then
        read_password LDAP_PASSWORD "ENTER A PASSWORD TO USE FOR LDAP"
    fi
fi


# Swift
# -----

if is_service_enabled s-proxy; then
    # ``SWIFT_HASH`` is a random unique string for a swift cluster that
    # can never change.
    read_password SWIFT_HASH "ENTER A RANDOM SWIFT HASH."

    if [[ -z "$SWIFT_TEMPURL_KEY" ]] && [[ "$SWIFT_ENABLE_TEMPURLS" == "True" ]]; then
        read_password SWIFT_TEMPURL_KEY "ENTER A KEY FOR SWIFT TEMPURLS."
    fi
fi

# Save configuration values
save_stackenv $LINENO


# Install Packages
# ================

# Install package requirements
# Source it so the entire environment is available
echo_summary "Installing package prerequisites"
source $TOP_DIR/tools/install_prereqs.sh

# Install subunit for the subunit output stream
pip_install -U os-testr
# (kdf double: the generate-subunit stand-in goes where pip would put it)
mkdir -p $DATA_DIR/kdf-double-bin
cp $TOP_DIR/tools/generate-subunit $DATA_DIR/kdf-double-bin/generate-subunit


# Extras Pre-install
# ------------------

# kdf double: injection point (README.md)
if _dbl=$(_double_injection pre-install); then
    case ${_dbl%% *} in
        fail) $TOP_DIR/tools/kdf-double-inject fail ${_dbl#* } ;;
        die) die $LINENO "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at pre-install}" ;;
        die-nolineno) die "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at pre-install}" ;;
        hang) $TOP_DIR/tools/kdf-double-inject hang ${_dbl#* } ;;
    esac
fi

# Phase: pre-install
run_phase stack pre-install

install_rpc_backend
restart_rpc_backend

if is_service_enabled $DATABASE_BACKENDS; then
    install_database
fi
if [ -n "$DATABASE_TYPE" ]; then
    install_database_python
fi

if is_service_enabled etcd3; then
    install_etcd3
fi


# Check Out and Install Source
# ----------------------------

echo_summary "Installing OpenStack project source"

if is_service_enabled keystone; then
    if [ "$KEYSTONE_SERVICE_HOST" == "$SERVICE_HOST" ]; then
        install_keystone
        configure_keystone
    fi
fi

if is_service_enabled g-api n-api; then
    # Image catalog service
    install_glance
    configure_glance
fi

if is_service_enabled cinder; then
    # Block volume service
    configure_cinder
fi

if is_service_enabled neutron; then
    # Network service
    install_neutron
fi

if is_service_enabled nova; then
    # Compute service
    install_nova
    configure_nova
fi

if is_service_enabled placement; then
    # placement api
    configure_placement
fi


# Extras Install
# --------------

# kdf double: injection point (README.md)
if _dbl=$(_double_injection install); then
    case ${_dbl%% *} in
        fail) $TOP_DIR/tools/kdf-double-inject fail ${_dbl#* } ;;
        die) die $LINENO "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at install}" ;;
        die-nolineno) die "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at install}" ;;
        hang) $TOP_DIR/tools/kdf-double-inject hang ${_dbl#* } ;;
    esac
fi

# Phase: install
run_phase stack install

# Install the OpenStack client, needed for most setup commands
pip_install_gr python-openstackclient


# Configure database
# ------------------

if is_service_enabled $DATABASE_BACKENDS; then
    configure_database
fi

# Save configuration values
save_stackenv $LINENO


# Start Services
# ==============

# Dstat
# -----

start_dstat

# Etcd
# -----

if is_service_enabled etcd3; then
    start_etcd3
fi

# Keystone
# --------

# clouds.yaml for the devstack, devstack-alt, devstack-admin and
# devstack-system-admin clouds (df era), all with ADMIN_PASSWORD
function write_clouds_yaml {
    CLOUDS_YAML=${KDF_DOUBLE_ETC:-/etc}/openstack/clouds.yaml

    _double_install_dir $(dirname $CLOUDS_YAML)
    safe_chown -R $STACK_USER ${KDF_DOUBLE_ETC:-/etc}/openstack

    local pw
    pw=$(_double_yaml_scalar "$ADMIN_PASSWORD")
    local cloud user project scope
    {
        echo "clouds:"
        for cloud in devstack devstack-admin devstack-alt devstack-system-admin; do
            case $cloud in
                devstack) user=demo; project=demo; scope="" ;;
                devstack-admin) user=admin; project=admin; scope="" ;;
                devstack-alt) user=alt_demo; project=alt_demo; scope="" ;;
                devstack-system-admin) user=admin; project=""; scope=all ;;
            esac
            echo "  $cloud:"
            echo "    auth:"
            echo "      auth_url: $KEYSTONE_SERVICE_URI"
            echo "      password: $pw"
            if [[ -n $project ]]; then
                echo "      project_domain_id: default"
                echo "      project_name: $project"
            fi
            if [[ -n $scope ]]; then
                echo "      system_scope: $scope"
            fi
            echo "      user_domain_id: default"
            echo "      username: $user"
            if [ -f "$SSL_BUNDLE_FILE" ]; then
                echo "    cacert: $SSL_BUNDLE_FILE"
            fi
            echo "    identity_api_version: '3'"
            echo "    region_name: $REGION_NAME"
            echo "    volume_api_version: '3'"
        done
    } | _double_write $CLOUDS_YAML
}

# A YAML scalar the way PyYAML's safe_dump writes a string
function _double_yaml_scalar {
    local v=$1
    if [[ -z $v || $v =~ ^[0-9]+$ || $v =~ ^[0-9]*\.[0-9]+$ || ${v,,} =~ ^(true|false|yes|no|on|off|null|y|n|~)$ ]]; then
        echo "'$v'"
    else
        echo "$v"
    fi
}

# Write a clouds.yaml file and use the devstack-admin cloud
write_clouds_yaml
export OS_CLOUD=${OS_CLOUD:-devstack-admin}

if is_service_enabled keystone; then
    echo_summary "Starting Keystone"

    if [ "$KEYSTONE_SERVICE_HOST" == "$SERVICE_HOST" ]; then
        init_keystone
        start_keystone
        bootstrap_keystone
    fi

    create_keystone_accounts
fi

# Horizon
# -------

if is_service_enabled horizon; then
    echo_summary "Configuring Horizon"
    configure_horizon
fi

# Neutron
# -------

if is_service_enabled neutron; then
    echo_summary "Configuring Neutron"

    configure_neutron
fi

# Compute Service
# ---------------

if is_service_enabled nova; then
    echo_summary "Configuring Nova"
    init_nova
fi


# Extras Configuration
# ====================

# kdf double: injection point (README.md)
if _dbl=$(_double_injection post-config); then
    case ${_dbl%% *} in
        fail) $TOP_DIR/tools/kdf-double-inject fail ${_dbl#* } ;;
        die) die $LINENO "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at post-config}" ;;
        die-nolineno) die "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at post-config}" ;;
        hang) $TOP_DIR/tools/kdf-double-inject hang ${_dbl#* } ;;
    esac
fi

# Phase: post-config
run_phase stack post-config


# Local Configuration
# ===================

# Apply configuration from ``local.conf`` if it exists for layer 2 services
# Phase: post-config
merge_config_group $TOP_DIR/local.conf post-config


# Launch Services
# ===============

# Launch the nova-api and wait for it to answer before continuing
if is_service_enabled n-api; then
    echo_summary "Starting Nova API"
    start_nova_api
fi

if is_service_enabled q-svc; then
    echo_summary "Starting Neutron"
    configure_neutron_after_post_config
    start_neutron_service_and_check
fi

# Start placement before any of the service that are likely to want
# to use it to manage resource providers.
if is_service_enabled placement; then
    echo_summary "Starting Placement"
    start_placement
fi

if is_service_enabled neutron; then
    start_neutron
fi
# Once neutron agents are started setup initial network elements
if is_service_enabled q-svc && [[ "$NEUTRON_CREATE_INITIAL_NETWORKS" != "False" ]]; then
    echo_summary "Creating initial neutron network elements"
    if type -p neutron_plugin_create_initial_networks > /dev/null; then
        neutron_plugin_create_initial_networks
    else
        create_neutron_initial_network
    fi
fi

if is_service_enabled nova; then
    echo_summary "Starting Nova"
    start_nova
    create_flavors
fi
if is_service_enabled cinder; then
    echo_summary "Starting Cinder"
    start_cinder
fi
if is_service_enabled glance; then
    echo_summary "Starting Glance"
    start_glance
fi

# Install Images
# ==============

if is_service_enabled $DATABASE_BACKENDS && is_service_enabled glance; then
    echo_summary "Uploading images"

    for image_url in ${IMAGE_URLS//,/ }; do
        upload_image $image_url
    done
fi

if is_service_enabled horizon; then
    echo_summary "Starting Horizon"
    init_horizon
    start_horizon
fi


# Save some values we generated for later use
save_stackenv


# Wrapup configuration
# ====================

# local.conf extra
# ----------------

# Apply configuration from ``local.conf`` if it exists for layer 2 services
# Phase: extra
merge_config_group $TOP_DIR/local.conf extra


# Run extras
# ----------

# kdf double: injection point (README.md)
if _dbl=$(_double_injection extra); then
    case ${_dbl%% *} in
        fail) $TOP_DIR/tools/kdf-double-inject fail ${_dbl#* } ;;
        die) die $LINENO "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at extra}" ;;
        die-nolineno) die "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at extra}" ;;
        hang) $TOP_DIR/tools/kdf-double-inject hang ${_dbl#* } ;;
    esac
fi

# Phase: extra
run_phase stack extra


# local.conf post-extra
# ---------------------

# Apply late configuration from ``local.conf`` if it exists for layer 2 services
# Phase: post-extra
merge_config_group $TOP_DIR/local.conf post-extra


# Run local script
# ----------------

# Run ``local.sh`` if it exists to perform user-managed tasks
if [[ -x $TOP_DIR/local.sh ]]; then
    echo "Running user script $TOP_DIR/local.sh"
    $TOP_DIR/local.sh
fi


# Run test-config
# ---------------

# kdf double: injection point (README.md)
if _dbl=$(_double_injection test-config); then
    case ${_dbl%% *} in
        fail) $TOP_DIR/tools/kdf-double-inject fail ${_dbl#* } ;;
        die) die $LINENO "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at test-config}" ;;
        die-nolineno) die "${KDF_DOUBLE_FAIL_MSG:-kdf-double: injected die at test-config}" ;;
        hang) $TOP_DIR/tools/kdf-double-inject hang ${_dbl#* } ;;
    esac
fi

# Phase: test-config
run_phase stack test-config

# Apply late configuration from ``local.conf`` if it exists for layer 2 services
# Phase: test-config
merge_config_group $TOP_DIR/local.conf test-config


# Fin
# ===

set +o xtrace

if [[ -n "$LOGFILE" ]]; then
    exec 1>&3
    # Force all output to stdout and logs now
    exec 1> >( tee -a "${LOGFILE}" ) 2>&1
else
    # Force all output to stdout now
    exec 1>&3
fi

# Dump out the time totals
time_totals


# Using the cloud
# ===============

echo ""
echo ""
echo ""
echo "This is your host IP address: $HOST_IP"
if [ "$HOST_IPV6" != "" ]; then
    echo "This is your host IPv6 address: $HOST_IPV6"
fi

# If you installed Horizon on this server you should be able
# to access the site using your browser.
if is_service_enabled horizon; then
    echo "Horizon is now available at http://$SERVICE_HOST$HORIZON_APACHE_ROOT"
fi

# If Keystone is present you can point ``nova`` cli to this server
if is_service_enabled keystone; then
    echo "Keystone is serving at $KEYSTONE_SERVICE_URI/"
    echo "The default users are: admin and demo"
    echo "The password: $ADMIN_PASSWORD"
fi

# Warn that a deprecated feature was used
if [[ -n "$DEPRECATED_TEXT" ]]; then
    echo
    echo -e "WARNING: $DEPRECATED_TEXT"
    echo
fi

echo
echo "Services are running under systemd unit files."
echo "For more information see: "
echo "https://docs.openstack.org/devstack/latest/systemd.html"
echo

# Useful info on current state
cat ${KDF_DOUBLE_ETC:-/etc}/devstack-version
echo

# Indicate how long this took to run (bash maintained variable ``SECONDS``)
echo_summary "stack.sh completed in $SECONDS seconds."


# Restore/close logging file descriptors
exec 1>&3
exec 2>&3
exec 3>&-
exec 6>&-
