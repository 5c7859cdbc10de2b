#!/usr/bin/env python3
#
# tools/outfilter.py of the kdf DevStack double: the filter stack.sh pipes
# its output through.
#
#   outfilter.py [-v] [--no-timestamp] [-o FILE]
#
# A line that mentions "set +o" or "xtrace" is dropped. Every other line is
# stamped "YYYY-MM-DD HH:MM:SS.mmm | " (UTC), unless it already starts with
# a date. -o appends the stamped lines to FILE; -v copies the lines to
# stdout, stamped unless --no-timestamp is given. tools/outfilter.sh does
# the same in bash for hosts without python3.

import argparse
import re
import sys
from datetime import datetime, timezone

DROPPED = re.compile(r'(set \+o|xtrace)')
DATED = re.compile(r'^\d+-\d+-\d+ \d+:\d+')


def stamp(text):
    """text behind the current UTC time, to the millisecond."""
    now = datetime.now(timezone.utc)
    return now.strftime('%Y-%m-%d %H:%M:%S.%f')[:-3] + ' | ' + text


def options(argv):
    cli = argparse.ArgumentParser(description='stack.sh output filter')
    cli.add_argument('-v', '--verbose', action='store_true', default=False,
                     help='echo the lines to stdout')
    cli.add_argument('-o', '--output-file', dest='outfile', default=None,
                     help='append the stamped lines to this file')
    cli.add_argument('--no-timestamp', action='store_true', default=False,
                     help='echo the lines to stdout without the stamp')
    return cli.parse_args(argv)


def kept_lines(stream):
    """The decoded input lines that survive the filter, one at a time."""
    # readline rather than iteration: each line must go out as it arrives
    for raw in iter(stream.readline, b''):
        text = raw.decode('utf-8', 'replace')
        if not DROPPED.search(text):
            yield text


def run(opts):
    log = open(opts.outfile, 'ab', 0) if opts.outfile else None
    for text in kept_lines(sys.stdin.buffer):
        stamped = text if DATED.search(text) else stamp(text)
        if opts.verbose:
            sys.stdout.write(text if opts.no_timestamp else stamped)
            sys.stdout.flush()
        if log:
            log.write(stamped.encode('utf-8'))


if __name__ == '__main__':
    run(options(sys.argv[1:]))
