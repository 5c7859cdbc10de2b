#!/usr/bin/env bash

# **unstack.sh** of the kdf DevStack double
#
# Stops what stack.sh "started": runs the plugins' ``unstack`` phase and
# reports the devstack@ units it stops. MySQL and RabbitMQ are only stopped
# with -a (``UNSTACK_ALL``). Refuses to run as root.
#
# Uses the existing .localrc.auto (it does not re-extract local.conf).

UNSTACK_ALL=${UNSTACK_ALL:-""}

while getopts ":a" opt; do
    case $opt in
        a)
            UNSTACK_ALL="-1"
            ;;
    esac
done

# Keep track of the current DevStack directory.
TOP_DIR=$(cd $(dirname "$0") && pwd)
FILES=$TOP_DIR/files

# Import common functions
source $TOP_DIR/functions

# Import database library
source $TOP_DIR/lib/database

# Load local configuration
source $TOP_DIR/openrc

# Destination path for service data
DATA_DIR=${DATA_DIR:-${DEST}/data}

if [[ $EUID -eq 0 ]]; then
    echo "You are running this script as root."
    echo "It might work but you will have a better day running it as $STACK_USER"
    exit 1
fi

# Configure Projects
# ==================

# Determine what system we are running on.
GetDistro

# Plugin Phase 0: override_defaults
run_phase override_defaults

source $TOP_DIR/lib/rpc_backend
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
load_plugin_settings

set -o xtrace

# Run extras
# ==========

# Phase: unstack
run_phase unstack

# Call service stop

if is_service_enabled nova; then
    stop_nova
fi

if is_service_enabled placement; then
    stop_placement
fi

if is_service_enabled glance; then
    stop_glance
fi

if is_service_enabled keystone; then
    stop_keystone
fi

# Swift runs daemons
if is_service_enabled s-proxy; then
    stop_swift
fi

# Apache has the WSGI processes
if is_service_enabled horizon; then
    stop_horizon
fi

if is_service_enabled cinder; then
    stop_cinder || /bin/true
fi

if [[ -n "$UNSTACK_ALL" ]]; then
    # Stop MySQL server
    if is_service_enabled mysql; then
        echo "kdf-double: mysql stopped"
    fi

    if is_service_enabled postgresql; then
        echo "kdf-double: postgresql stopped"
    fi

    # Stop rabbitmq-server
    if is_service_enabled rabbit; then
        echo "kdf-double: rabbitmq-server stopped"
    fi
fi

if is_service_enabled neutron; then
    stop_neutron
    cleanup_neutron
fi

if is_service_enabled etcd3; then
    stop_etcd3
    cleanup_etcd3
fi

if is_service_enabled dstat; then
    stop_dstat
fi

rm -Rf $DEST/async
