#!/bin/sh
#
# tools/worlddump.sh of the kdf DevStack double, in place of DevStack's
# tools/worlddump.py.
#
#   worlddump.sh [-d DIR] [-n NAME]
#
# Writes a snapshot of the host to DIR/worlddump-YYYY-MM-DD-HHMMSS[-NAME].txt
# (UTC time; DIR is /tmp unless given) and copies it to
# DIR/worlddump-latest.txt. Only local commands that change nothing are run,
# and a tool that is not installed is noted instead.

dump_dir=/tmp
suffix=""
while getopts "d:n:" opt; do
    case $opt in
        d) dump_dir=$OPTARG ;;
        n) suffix=${OPTARG:+-$OPTARG} ;;
    esac
done

# heading <title>: a blank line, the title, and a rule as long as the title.
heading() {
    printf '\n%s\n' "$1"
    echo "$1" | sed 's/./=/g'
}

# capture <command...>: the command line, a blank line, then its output.
capture() {
    printf '\n.. %s\n\n' "$*"
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "$1: not installed"
        return 0
    fi
    "$@" 2>&1
}

# snapshot: everything the dump holds, in order.
snapshot() {
    heading "File System Summary"
    capture df -Th
    heading "Process Listing"
    capture ps auxw
    heading "Network Dump"
    for what in addr route neigh; do
        capture ip $what
    done
    capture bridge link
    heading "Open vSwitch Dump"
    capture ovs-vsctl show
    heading "iptables dump"
    echo "(not collected by the kdf double: needs root)"
    heading "kdf double"
    echo "This is a dump of the kdf DevStack double, not of a real DevStack."
}

dump_file="$dump_dir/worlddump-$(TZ=UTC date +%Y-%m-%d-%H%M%S)$suffix.txt"
echo "World dumping... see $dump_file for details"
snapshot > "$dump_file" 2>&1
cp "$dump_file" "$dump_dir/worlddump-latest.txt"
