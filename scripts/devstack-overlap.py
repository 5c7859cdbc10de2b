#!/usr/bin/env python3
"""Keeps the DevStack double our own code (issue #17): reports, for each file given, every run of 4 or more
consecutive non-trivial lines that all occur somewhere in a reference tree (a DevStack checkout), and every comment
line of 6 or more words identical to one of the reference's. Blank lines and bare keywords (fi, done, esac, ...)
neither count nor break a run.

usage: scripts/devstack-overlap.py DEVSTACK_DIR FILE_OR_DIR...   (exit 1 when anything is found)
e.g.   scripts/devstack-overlap.py ~/src/devstack sandbox/devstack"""
import os, re, sys

TRIVIAL = {'fi', 'done', 'esac', 'then', 'else', 'do', '{', '}', ';;', 'return', 'return 0', 'return 1', 'exit 0',
           'exit 1', 'local xtrace', '}}', ')', '(', 'set +o xtrace', 'set -o xtrace', '$xtrace', 'EOF', 'fi;',
           'else:', 'break', 'continue', 'true', 'false', 'shift', '*)', 'esac;', 'else then'}

def norm(line):
    return re.sub(r'\s+', ' ', line.strip())

def trivial(n):
    return n == '' or n == '#' or n in TRIVIAL or len(n) < 8 or re.fullmatch(r'#[-=# ]*', n) is not None

def files(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                for name in sorted(names):
                    yield os.path.join(root, name)
        else:
            yield p

def read(path):
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            return f.read().split('\n')
    except OSError:
        return []

def main():
    ref_dir, targets = sys.argv[1], sys.argv[2:]
    ref_lines, ref_comments = set(), set()
    for f in files([ref_dir]):
        for line in read(f):
            n = norm(line)
            ref_lines.add(n)
            if n.startswith('#'):
                ref_comments.add(n.lstrip('# ').strip())
    found = 0
    for f in files(targets):
        lines = read(f)
        run = []
        def flush():
            nonlocal found
            if len(run) >= 4:
                found += 1
                print('%s:%d-%d: %d consecutive lines occur in the reference' % (f, run[0][0], run[-1][0], len(run)))
                for _, text in run[:6]:
                    print('    ' + text)
            run.clear()
        for i, line in enumerate(lines, 1):
            n = norm(line)
            if trivial(n):
                continue  # trivial lines neither count nor break a run
            if n in ref_lines:
                run.append((i, n))
            else:
                flush()
            if n.startswith('#'):
                body = n.lstrip('# ').strip()
                if len(body.split()) >= 6 and body in ref_comments:
                    found += 1
                    print('%s:%d: comment identical to the reference: %s' % (f, i, body))
        flush()
    print('%d finding(s)' % found)
    return 1 if found else 0

if __name__ == '__main__':
    sys.exit(main())
