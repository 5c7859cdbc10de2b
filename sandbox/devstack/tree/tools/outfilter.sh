#!/bin/bash
#
# tools/outfilter.sh of the kdf DevStack double: tools/outfilter.py in bash,
# for hosts without python3 (same options, same output).
#
#   outfilter.sh [-v] [--no-timestamp] [-o FILE]
#
# Lines with "set +o" or "xtrace" in them are dropped; the others get a
# "YYYY-MM-DD HH:MM:SS.mmm | " stamp (UTC) unless they already start with a
# date. -o appends the stamped lines to FILE; -v copies the lines to stdout,
# stamped unless --no-timestamp is given.

export TZ=UTC

echo_lines=0
echo_stamped=1
log_file=""

DROPPED='(set \+o|xtrace)'
DATED='^[0-9]+-[0-9]+-[0-9]+ [0-9]+:[0-9]+'

# parse_options <arg...>: unknown arguments are ignored, as before.
function parse_options {
    while (( $# > 0 )); do
        case "$1" in
            -v|--verbose) echo_lines=1 ;;
            --no-timestamp) echo_stamped=0 ;;
            -o|--output-file) log_file=$2; shift ;;
        esac
        shift
    done
}

# stamp_line <text>: sets $stamped to text behind the time, to the millisecond.
# EPOCHREALTIME and printf's %(...)T avoid forking date for every line.
function stamp_line {
    local now=$EPOCHREALTIME clock millis
    printf -v clock '%(%Y-%m-%d %H:%M:%S)T' "${now%.*}"
    millis=${now#*.}
    stamped="$clock.${millis:0:3} | $1"
}

# filter_lines: stdin to stdout (-v) and to fd 4 (-o), one line at a time.
function filter_lines {
    local line
    while IFS= read -r line || [[ -n $line ]]; do
        [[ $line =~ $DROPPED ]] && continue
        if [[ $line =~ $DATED ]]; then
            stamped=$line
        else
            stamp_line "$line"
        fi
        if (( echo_lines )); then
            if (( echo_stamped )); then
                printf '%s\n' "$stamped"
            else
                printf '%s\n' "$line"
            fi
        fi
        [[ -z $log_file ]] || printf '%s\n' "$stamped" >&4
    done
}

parse_options "$@"
if [[ -n $log_file ]]; then
    exec 4>>"$log_file"
fi
filter_lines
