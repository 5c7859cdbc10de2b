#!/usr/bin/env bash
#
# tools/create-stack-user.sh of the kdf DevStack double (df era). Run it as
# root: it makes the $STACK_USER group and user (home $DEST) when they are
# missing and gives that user passwordless sudo.
#
# The sudoers files are written under ${KDF_DOUBLE_ETC:-/etc}. As in the df
# era, the home directory's mode is left alone (no chmod +x).

set -o errexit

TOP_DIR=$(cd $(dirname "$0")/.. && pwd)
SUDOERS_ROOT=${KDF_DOUBLE_ETC:-/etc}

# ensure_group: the user's primary group, named after it.
function ensure_group {
    getent group $STACK_USER >/dev/null && return 0
    echo "Creating a group called $STACK_USER"
    groupadd $STACK_USER
}

# ensure_user: a bash login whose home is the DevStack destination.
function ensure_user {
    getent passwd $STACK_USER >/dev/null && return 0
    echo "Creating a user called $STACK_USER"
    useradd -g $STACK_USER -s /bin/bash -d $DEST -m $STACK_USER
}

# grant_sudo: an include line for sudoers.d when sudoers lacks one (cloud
# images sometimes do), then a 0440 drop-in for the user.
function grant_sudo {
    local main=$SUDOERS_ROOT/sudoers
    echo "Giving stack user passwordless sudo privileges"
    mkdir -p $SUDOERS_ROOT/sudoers.d
    touch $main
    if ! grep -q "^#includedir.*/etc/sudoers.d" $main; then
        echo "#includedir /etc/sudoers.d" >> $main
    fi
    (
        umask 226
        echo "$STACK_USER ALL=(ALL) NOPASSWD:ALL" > $SUDOERS_ROOT/sudoers.d/50_stack_sh
    )
}

source $TOP_DIR/functions
GetDistro
# stackrc defines STACK_USER and DEST
source $TOP_DIR/stackrc

if [[ -z "$STACK_USER" ]]; then
    die "STACK_USER is not set. Exiting."
fi

ensure_group
ensure_user
grant_sudo
