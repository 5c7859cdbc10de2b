#!/bin/bash
#
# tools/install_prereqs.sh of the kdf DevStack double, sourced by stack.sh.
# Where DevStack installs the distro packages listed in files/debs or
# files/rpms, the double prints the list and records the time of the run
# in the rerun marker (the marker is written but never consulted).

PREREQ_RERUN_MARKER=${PREREQ_RERUN_MARKER:-$TOP_DIR/.prereqs}
PREREQ_RERUN_HOURS=${PREREQ_RERUN_HOURS:-2}

# _prereq_names <list>: the names in files/<family>/<list>, comments removed,
# joined on one line (empty when the list does not exist).
function _prereq_names {
    sed -e 's/#.*//' "$TOP_DIR/files/$_prereq_family/$1" 2>/dev/null | xargs echo
}

# _PKG_TIMER stays set after this file: later install_package calls are
# counted under the same package-manager row of the timing table.
if is_ubuntu; then
    _prereq_family=debs
    _PKG_TIMER=apt-get
else
    _prereq_family=rpms
    _PKG_TIMER=yum_install
fi

_prereq_pkgs=$(_prereq_names general)
if is_service_enabled nova; then
    _prereq_pkgs+=" $(_prereq_names nova)"
fi
install_package $_prereq_pkgs

date "+%s" > $PREREQ_RERUN_MARKER
unset -f _prereq_names
unset _prereq_family _prereq_pkgs
