#!/usr/bin/env python3
"""Adds files to the lint corpus from saved code-index answers.

    scripts/lint-corpus/add-files.py ANSWER.json...

Each ANSWER.json holds a list of {repo, path, commit, text, total_chars} records, as the code index's read_file
answer gives them (one file version each). A record is kept only when its text has exactly total_chars characters
(an answer that lost characters, e.g. carriage returns, cannot be stored byte for byte), and only once per sha256.
Files go to test/__fixtures__/lint-corpus/files/<owner>__<repo>__<path with / as __>__<commit[:12]>, and
SOURCES.tsv is rewritten sorted by file name.
"""
import hashlib
import json
import os
import sys

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'test', '__fixtures__', 'lint-corpus')
HEADER = 'file\trepo\tpath\tcommit\tsha256'


def read_sources(tsv):
    """The SOURCES.tsv rows by file name."""
    if not os.path.exists(tsv):
        return {}
    lines = open(tsv, encoding='utf-8').read().splitlines()[1:]
    return {row.split('\t')[0]: row.split('\t') for row in lines if row}


def file_name(rec):
    owner, repo = rec['repo'].split('/')
    return f"{owner}__{repo}__{rec['path'].replace('/', '__')}__{rec['commit'][:12]}"


def add(records, rows, files_dir):
    """Writes each new, complete record; returns the number of records refused for a length mismatch."""
    known = {row[4] for row in rows.values()}
    refused = 0
    for rec in records:
        text = rec['text']
        if len(text) != rec['total_chars']:
            print(f"refused (length {len(text)} != {rec['total_chars']}): {rec['repo']} {rec['path']}")
            refused += 1
            continue
        data = text.encode('utf-8')
        digest = hashlib.sha256(data).hexdigest()
        if digest in known:
            continue
        name = file_name(rec)
        with open(os.path.join(files_dir, name), 'wb') as out:
            out.write(data)
        rows[name] = [name, rec['repo'], rec['path'], rec['commit'], digest]
        known.add(digest)
    return refused


def main(paths):
    files_dir = os.path.join(CORPUS, 'files')
    os.makedirs(files_dir, exist_ok=True)
    tsv = os.path.join(CORPUS, 'SOURCES.tsv')
    rows = read_sources(tsv)
    refused = sum(add(json.load(open(p, encoding='utf-8')), rows, files_dir) for p in paths)
    with open(tsv, 'w', encoding='utf-8') as out:
        out.write(HEADER + '\n')
        for name in sorted(rows):
            out.write('\t'.join(rows[name]) + '\n')
    print(f'{len(rows)} files in the corpus; {refused} refused')


if __name__ == '__main__':
    main(sys.argv[1:])
