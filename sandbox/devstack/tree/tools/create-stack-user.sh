#!/usr/bin/env bash
#
# tools/create-stack-user.sh - create a user account suitable for running
# DevStack (kdf DevStack double, df era). Run as root.
#
# - create a group named $STACK_USER if it does not exist
# - create a user named $STACK_USER if it does not exist (home is $DEST)
# - give $STACK_USER passwordless sudo
#
# The sudoers files go under ${KDF_DOUBLE_ETC:-/etc}. Unlike newer DevStack,
# the df-era script does not chmod +x the home directory.

set -o errexit

# Keep track of the DevStack directory
TOP_DIR=$(cd $(dirname "$0")/.. && pwd)

# Import common functions
source $TOP_DIR/functions

GetDistro

# Needed to get ``ENABLED_SERVICES`` and ``STACK_USER``
source $TOP_DIR/stackrc

_etc=${KDF_DOUBLE_ETC:-/etc}

[[ -z "$STACK_USER" ]] && die "STACK_USER is not set. Exiting."

if ! getent group $STACK_USER >/dev/null; then
    echo "Creating a group called $STACK_USER"
    groupadd $STACK_USER
fi

if ! getent passwd $STACK_USER >/dev/null; then
    echo "Creating a user called $STACK_USER"
    useradd -g $STACK_USER -s /bin/bash -d $DEST -m $STACK_USER
fi

echo "Giving stack user passwordless sudo privileges"
mkdir -p $_etc/sudoers.d
touch $_etc/sudoers
# UEC images ``/etc/sudoers`` does not have a ``#includedir``, add one
grep -q "^#includedir.*/etc/sudoers.d" $_etc/sudoers ||
    echo "#includedir /etc/sudoers.d" >> $_etc/sudoers
( umask 226 && echo "$STACK_USER ALL=(ALL) NOPASSWD:ALL" \
    > $_etc/sudoers.d/50_stack_sh )
