#!/usr/bin/env bash

# **clean.sh** of the kdf DevStack double
#
# Runs unstack.sh --all and the plugins' ``clean`` phase, then removes what
# stack.sh wrote: the project configuration directories and openstack/ under
# ${KDF_DOUBLE_ETC:-/etc}, $DATA_DIR, $DEST/status, $DEST/async, $LOGFILE,
# $LOGDIR, the devstack@ unit files, .localrc.auto .localrc.password
# .stackenv .prereqs and ~/.config/openstack. Git trees are kept.
#
# Like DevStack's clean.sh it has no root check of its own: only the
# unstack.sh it runs refuses root (and clean.sh carries on).

# Keep track of the current DevStack directory.
TOP_DIR=$(cd $(dirname "$0") && pwd)

# Import common functions
source $TOP_DIR/functions

FILES=$TOP_DIR/files

# Load local configuration
source $TOP_DIR/openrc

# Get the variables that are set in stack.sh
if [[ -r $TOP_DIR/.stackenv ]]; then
    source $TOP_DIR/.stackenv
fi

# Determine what system we are running on.
GetDistro

# Import database library
source $TOP_DIR/lib/database
source $TOP_DIR/lib/rpc_backend

source $TOP_DIR/lib/horizon
source $TOP_DIR/lib/keystone
source $TOP_DIR/lib/glance
source $TOP_DIR/lib/nova
source $TOP_DIR/lib/placement
source $TOP_DIR/lib/cinder
source $TOP_DIR/lib/swift
source $TOP_DIR/lib/neutron

set -o xtrace

# Let unstack.sh do its thing first
$TOP_DIR/unstack.sh --all

# Run extras
# ==========

# Phase: clean
load_plugin_settings
run_phase clean

# Clean projects
cleanup_cinder || /bin/true
cleanup_glance
cleanup_keystone
cleanup_nova
cleanup_placement
cleanup_neutron
cleanup_swift
cleanup_horizon

# Clean out /etc
_etc=${KDF_DOUBLE_ETC:-/etc}
_double_priv rm -rf $_etc/keystone $_etc/glance $_etc/nova $_etc/placement $_etc/cinder $_etc/swift $_etc/neutron $_etc/openstack

# Clean up the message queue
cleanup_rpc_backend
cleanup_database

# Clean out data and status
_double_priv rm -rf $DATA_DIR $DEST/status $DEST/async

# Clean out the log file and log directories
if [[ -n "$LOGFILE" ]] && [[ -f "$LOGFILE" ]]; then
    _double_priv rm -f $LOGFILE
fi
if [[ -n "$LOGDIR" ]] && [[ -d "$LOGDIR" ]]; then
    _double_priv rm -rf $LOGDIR
fi

# Clean out the systemd unit files.
_double_priv find $SYSTEMD_DIR -type f -name '*devstack@*service' -delete
# (the double does not run systemctl daemon-reload)

# Clean up venvs
rm -rf .config/openstack

# Clean up files
FILES_TO_CLEAN=".localrc.auto .localrc.password "
FILES_TO_CLEAN+="docs/files docs/html shocco/ "
FILES_TO_CLEAN+="stack-screenrc test*.conf* test.ini* "
FILES_TO_CLEAN+=".stackenv .prereqs"

for file in $FILES_TO_CLEAN; do
    rm -rf $TOP_DIR/$file
done

rm -rf ~/.config/openstack

# Clean up all *.pyc files
if [[ -n "$DEST" ]] && [[ -d "$DEST" ]]; then
    find $DEST -name "*.pyc" -delete
fi
