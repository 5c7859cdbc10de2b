#!/bin/bash
#
# tools/outfilter.sh - the double's stand-in for DevStack's tools/outfilter.py
#
#   outfilter.sh [-v] [--no-timestamp] [-o FILE]
#
# Reads lines on stdin. Lines containing "set +o" or "xtrace" are dropped.
# Every other line gets a "YYYY-MM-DD HH:MM:SS.mmm | " prefix (UTC) unless it
# already starts with a date. With -o the stamped line is appended to FILE;
# with -v the line is echoed to stdout, without the stamp if --no-timestamp.

verbose=0
stamp_console=1
outfile=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        -v|--verbose) verbose=1 ;;
        --no-timestamp) stamp_console=0 ;;
        -o|--output-file) outfile=$2; shift ;;
    esac
    shift
done

export TZ=UTC
if [[ -n $outfile ]]; then
    exec 4>>"$outfile"
fi

skip_re='(set \+o|xtrace)'
date_re='^[0-9]+-[0-9]+-[0-9]+ [0-9]+:[0-9]+'
while IFS= read -r line || [[ -n $line ]]; do
    [[ $line =~ $skip_re ]] && continue
    if [[ $line =~ $date_re ]]; then
        stamped=$line
    else
        now=$EPOCHREALTIME
        printf -v ts '%(%Y-%m-%d %H:%M:%S)T' "${now%.*}"
        frac=${now#*.}
        stamped="$ts.${frac:0:3} | $line"
    fi
    if [[ $verbose == 1 ]]; then
        if [[ $stamp_console == 1 ]]; then
            printf '%s\n' "$stamped"
        else
            printf '%s\n' "$line"
        fi
    fi
    if [[ -n $outfile ]]; then
        printf '%s\n' "$stamped" >&4
    fi
done
