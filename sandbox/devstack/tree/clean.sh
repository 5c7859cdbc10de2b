#!/usr/bin/env bash
#
# clean.sh of the kdf DevStack double.
#
# First unstack.sh --all, then the plugins' ``clean`` phase, then everything
# stack.sh wrote goes: the project configuration directories and openstack/
# under ${KDF_DOUBLE_ETC:-/etc}, $DATA_DIR, $DEST/status, $DEST/async,
# $LOGFILE, $LOGDIR, the devstack@ unit files, .localrc.auto,
# .localrc.password, .stackenv, .prereqs and ~/.config/openstack. The git
# trees under $DEST stay.
#
# There is no root check here (DevStack has none either): when root runs it,
# the unstack.sh step refuses and the cleaning goes on regardless.

TOP_DIR=$(cd $(dirname "$0") && pwd)
FILES=$TOP_DIR/files

# The service libraries whose cleanup functions run, in the order they are read.
CLEAN_LIBS="database rpc_backend horizon keystone glance nova placement cinder swift neutron"

# Project directories stack.sh creates under ${KDF_DOUBLE_ETC:-/etc}.
CLEAN_ETC_DIRS="keystone glance nova placement cinder swift neutron openstack"

# What stack.sh leaves in the devstack directory. The words are split and
# globbed in the current directory before $TOP_DIR is put in front, as the
# real clean.sh does.
CLEAN_TOP_FILES=".localrc.auto .localrc.password docs/files docs/html shocco/"
CLEAN_TOP_FILES+=" stack-screenrc test*.conf* test.ini* .stackenv .prereqs"

# clean_projects: each project's own cleanup, cinder's allowed to fail.
function clean_projects {
    cleanup_cinder || /bin/true
    local project
    for project in glance keystone nova placement neutron swift horizon; do
        cleanup_$project
    done
}

# clean_etc: the configuration directories, possibly root-owned.
function clean_etc {
    local etc=${KDF_DOUBLE_ETC:-/etc}
    local dirs=() name
    for name in $CLEAN_ETC_DIRS; do
        dirs+=("$etc/$name")
    done
    _double_priv rm -rf "${dirs[@]}"
}

# clean_state: service data, status files, the logs and the unit files.
function clean_state {
    _double_priv rm -rf $DATA_DIR $DEST/status $DEST/async
    if [[ -n "$LOGFILE" && -f "$LOGFILE" ]]; then
        _double_priv rm -f $LOGFILE
    fi
    if [[ -n "$LOGDIR" && -d "$LOGDIR" ]]; then
        _double_priv rm -rf $LOGDIR
    fi
    # the double never ran systemctl, so no daemon-reload follows
    _double_priv find $SYSTEMD_DIR -type f -name '*devstack@*service' -delete
}

# clean_devstack_dir: files in the devstack directory and the client config.
function clean_devstack_dir {
    # relative on purpose: DevStack removes it from the current directory
    rm -rf .config/openstack
    local leftover
    for leftover in $CLEAN_TOP_FILES; do
        rm -rf $TOP_DIR/$leftover
    done
    rm -rf ~/.config/openstack
}

# clean_bytecode: compiled python files anywhere under $DEST.
function clean_bytecode {
    [[ -n "$DEST" && -d "$DEST" ]] || return 0
    find $DEST -name "*.pyc" -delete
}

source $TOP_DIR/functions
# openrc brings stackrc and the saved local settings; .stackenv is read
# again so its values win over anything stackrc recomputed
source $TOP_DIR/openrc
[[ -r $TOP_DIR/.stackenv ]] && source $TOP_DIR/.stackenv

GetDistro

for lib in $CLEAN_LIBS; do
    source $TOP_DIR/lib/$lib
done

set -o xtrace

$TOP_DIR/unstack.sh --all

load_plugin_settings
run_phase clean

clean_projects
clean_etc
cleanup_rpc_backend
cleanup_database
clean_state
clean_devstack_dir
clean_bytecode
