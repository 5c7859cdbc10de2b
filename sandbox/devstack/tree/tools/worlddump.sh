#!/bin/sh
#
# tools/worlddump.sh - the double's stand-in for DevStack's tools/worlddump.py
#
#   worlddump.sh [-d DIR] [-n NAME]
#
# Writes DIR/worlddump-YYYY-MM-DD-HHMMSS[-NAME].txt (UTC; DIR defaults to /tmp)
# with a local snapshot of the host and copies it to DIR/worlddump-latest.txt.
# Only local, read-only commands are run; missing tools are skipped.

dir=/tmp
name=""
while getopts "d:n:" opt; do
    case $opt in
        d) dir=$OPTARG ;;
        n) name=$OPTARG ;;
    esac
done

file="$dir/worlddump-$(TZ=UTC date +%Y-%m-%d-%H%M%S)${name:+-$name}.txt"
echo "World dumping... see $file for details"

section() {
    echo
    echo "$1"
    echo "$1" | sed 's/./=/g'
}

run() {
    echo
    echo ".. $*"
    echo
    if command -v "$1" >/dev/null 2>&1; then
        "$@" 2>&1
    else
        echo "$1: not installed"
    fi
}

{
    section "File System Summary"
    run df -Th
    section "Process Listing"
    run ps auxw
    section "Network Dump"
    run ip addr
    run ip route
    run ip neigh
    run bridge link
    section "Open vSwitch Dump"
    run ovs-vsctl show
    section "iptables dump"
    echo "(not collected by the kdf double: needs root)"
    section "kdf double"
    echo "This is a dump of the kdf DevStack double, not of a real DevStack."
} > "$file" 2>&1

cp "$file" "$dir/worlddump-latest.txt"
