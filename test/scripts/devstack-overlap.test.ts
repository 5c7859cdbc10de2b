/** scripts/devstack-overlap.py: the check that keeps the DevStack double our own code, on files made here. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { REPO_ROOT } from '../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'kdf-overlap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ref = join(dir, 'ref');
mkdirSync(join(ref, 'lib'), { recursive: true });
writeFileSync(
  join(ref, 'lib', 'thing'),
  [
    '# Installs the thing and writes its configuration file for later',
    'function install_thing {',
    '    local conf=$THING_DIR/thing.conf',
    '    mkdir -p $THING_DIR',
    '    echo "[DEFAULT]" > $conf',
    '    echo "debug = True" >> $conf',
    '}',
  ].join('\n'),
);

const check = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  const r = spawnSync('/usr/bin/python3', [join(REPO_ROOT, 'scripts', 'devstack-overlap.py'), ref, file], {
    encoding: 'utf8',
  });
  return { status: r.status, out: r.stdout, file };
};

describe('devstack-overlap.py', () => {
  it('finds 4 consecutive shared lines, with blank lines and bare keywords in between, and names them', () => {
    const r = check(
      'copied',
      'function install_thing {\n    local conf=$THING_DIR/thing.conf\n\n    mkdir -p $THING_DIR\n    echo "[DEFAULT]" > $conf\n}\n',
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain(`${r.file}:1-5: 4 consecutive lines occur in the reference`);
    expect(r.out.trimEnd().split('\n').pop()).toBe('1 finding(s)');
  });

  it('three shared lines, or four broken by a line of our own, are no finding', () => {
    expect(
      check('three', 'function install_thing {\n    local conf=$THING_DIR/thing.conf\n    mkdir -p $THING_DIR\n'),
    ).toMatchObject({ status: 0, out: '0 finding(s)\n' });
    const broken = check(
      'broken',
      'function install_thing {\n    local conf=$THING_DIR/thing.conf\n    _ours_prepare "$conf"\n    mkdir -p $THING_DIR\n    echo "[DEFAULT]" > $conf\n',
    );
    expect(broken).toMatchObject({ status: 0, out: '0 finding(s)\n' });
  });

  it('flags a comment of six or more words identical to the reference, not a shorter one', () => {
    const r = check(
      'comments',
      '# Installs the thing and writes its configuration file for later\n# Installs the thing\n',
    );
    expect(r.status).toBe(1);
    expect(r.out).toContain(
      `${r.file}:1: comment identical to the reference: Installs the thing and writes its configuration file for later`,
    );
    expect(r.out).not.toContain(':2:');
  });
});
