#!/bin/bash
#
# tools/install_prereqs.sh - sourced by stack.sh (kdf DevStack double).
# DevStack installs the distro packages of files/debs or files/rpms here;
# the double only lists what it would install.

PREREQ_RERUN_MARKER=${PREREQ_RERUN_MARKER:-$TOP_DIR/.prereqs}
PREREQ_RERUN_HOURS=${PREREQ_RERUN_HOURS:-2}

if is_ubuntu; then
    _prereq_dir=$TOP_DIR/files/debs
    _PKG_TIMER=apt-get
else
    _prereq_dir=$TOP_DIR/files/rpms
    _PKG_TIMER=yum_install
fi

_prereq_pkgs=$(cat $_prereq_dir/general 2>/dev/null | sed -e 's/#.*//' | xargs echo)
if is_service_enabled nova; then
    _prereq_pkgs+=" $(cat $_prereq_dir/nova 2>/dev/null | sed -e 's/#.*//' | xargs echo)"
fi
install_package $_prereq_pkgs
date "+%s" > $PREREQ_RERUN_MARKER
unset _prereq_dir _prereq_pkgs
