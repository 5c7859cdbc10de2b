#!/usr/bin/env python3
#
# tools/outfilter.py - stack.sh's output filter (kdf DevStack double).
#
#   outfilter.py [-v] [--no-timestamp] [-o FILE]
#
# Drops lines containing "set +o" or "xtrace", prefixes the others with
# "YYYY-MM-DD HH:MM:SS.mmm | " (UTC) unless they already start with a date,
# appends the stamped lines to FILE (-o) and echoes them to stdout (-v),
# without the stamp when --no-timestamp is given.
# tools/outfilter.sh is the same filter in bash, used when python3 is missing.

import argparse
import datetime
import re
import sys

IGNORE = re.compile(r'(set \+o|xtrace)')
HAS_DATE = re.compile(r'^\d+-\d+-\d+ \d+:\d+')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('-v', '--verbose', action='store_true', default=False)
    parser.add_argument('-o', '--output-file', dest='outfile', default=None)
    parser.add_argument('--no-timestamp', action='store_true', default=False)
    opts = parser.parse_args()

    out = open(opts.outfile, 'ab', 0) if opts.outfile else None
    for raw in iter(sys.stdin.buffer.readline, b''):
        line = raw.decode('utf-8', 'replace')
        if IGNORE.search(line):
            continue
        if HAS_DATE.search(line) is None:
            now = datetime.datetime.now(datetime.timezone.utc)
            stamped = '%s | %s' % (now.strftime('%Y-%m-%d %H:%M:%S.%f')[:-3], line)
        else:
            stamped = line
        if opts.verbose:
            sys.stdout.write(line if opts.no_timestamp else stamped)
            sys.stdout.flush()
        if out:
            out.write(stamped.encode('utf-8'))


if __name__ == '__main__':
    main()
