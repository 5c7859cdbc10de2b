#!/usr/bin/env bash
#
# unstack.sh of the kdf DevStack double.
#
#   unstack.sh [-a|--all]
#
# Undoes what stack.sh pretended to start: the plugins get their ``unstack``
# phase, then each enabled service's stop function reports the devstack@
# units it "stops". The database and RabbitMQ are reported stopped only with
# -a (``UNSTACK_ALL``). It reads the settings stack.sh left behind
# (.localrc.auto, .stackenv) through openrc and never re-extracts local.conf.
# Running it as root is refused.

UNSTACK_ALL=${UNSTACK_ALL:-""}

# getopts reads "--all" as the letters "-", "a", "l", "l": the "a" is enough.
while getopts ":a" opt; do
    [[ $opt == a ]] && UNSTACK_ALL="-1"
done

TOP_DIR=$(cd $(dirname "$0") && pwd)
FILES=$TOP_DIR/files

# The service libraries unstack.sh needs, in the order they are read.
UNSTACK_LIBS="rpc_backend horizon keystone glance nova placement cinder swift neutron dstat etcd3"

# refuse_root: root may not unstack; the hint names the account stack.sh used.
function refuse_root {
    (( EUID != 0 )) && return 0
    echo "You are running this script as root."
    echo "It might work but you will have a better day running it as $STACK_USER"
    exit 1
}

# when_enabled <service> <command...>: runs the command if the service is on.
function when_enabled {
    local service=$1
    shift
    if is_service_enabled "$service"; then
        "$@"
    fi
}

# stop_openstack_services: the API services, front ends and storage first.
function stop_openstack_services {
    when_enabled nova stop_nova
    when_enabled placement stop_placement
    when_enabled glance stop_glance
    when_enabled keystone stop_keystone
    # swift counts as running when its proxy is enabled
    when_enabled s-proxy stop_swift
    when_enabled horizon stop_horizon
    # a cinder that will not stop must not keep the others running
    when_enabled cinder stop_cinder || /bin/true
}

# stop_backing_services: database and message queue (only with -a).
function stop_backing_services {
    local service daemon
    for service in mysql postgresql rabbit; do
        daemon=$service
        [[ $service == rabbit ]] && daemon=rabbitmq-server
        when_enabled $service echo "kdf-double: $daemon stopped"
    done
}

# stop_network_services: neutron and etcd are stopped and cleaned, dstat last.
function stop_network_services {
    when_enabled neutron stop_neutron
    when_enabled neutron cleanup_neutron
    when_enabled etcd3 stop_etcd3
    when_enabled etcd3 cleanup_etcd3
    when_enabled dstat stop_dstat
}

source $TOP_DIR/functions
source $TOP_DIR/lib/database
# openrc brings stackrc, the saved local settings and .stackenv
source $TOP_DIR/openrc

DATA_DIR=${DATA_DIR:-${DEST}/data}

refuse_root

GetDistro
run_phase override_defaults

for lib in $UNSTACK_LIBS; do
    source $TOP_DIR/lib/$lib
done

load_plugin_settings

set -o xtrace

run_phase unstack

stop_openstack_services
if [[ -n "$UNSTACK_ALL" ]]; then
    stop_backing_services
fi
stop_network_services

rm -Rf $DEST/async
