import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseLocalConf } from '../../../src/devstack/localconf/parse.js';
import { renderLocalConf } from '../../../src/devstack/localconf/render.js';
import type { LocalConf } from '../../../src/devstack/localconf/model.js';
import { REFERENCE, referenceFiles } from '../../helpers/paths.js';

/** The meaning of a parsed file without positions: what DevStack would act on. */
function semantics(conf: LocalConf): unknown {
  return conf.blocks.map((b) =>
    b.kind === 'localrc'
      ? {
          header: [b.header.phase, b.header.file],
          statements: b.statements
            .filter((s) => s.kind !== 'blank' && s.kind !== 'comment')
            .map((s) => ({
              kind: s.kind,
              name: s.name,
              op: s.op,
              value: s.value?.literal,
              command: s.command,
              args: s.args?.map((a) => a.literal),
            })),
        }
      : {
          header: [b.header.phase, b.header.file],
          lines: b.lines
            .filter((l) => l.kind === 'key' || l.kind === 'section')
            .map((l) => [l.kind, l.section ?? l.inSection, l.key, l.value]),
        },
  );
}

describe('local.conf round trip on every reference sample', () => {
  const files = referenceFiles();

  it('finds the reference samples', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files.map((f) => [relative(REFERENCE, f), f]))('%s renders back byte for byte', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const conf = parseLocalConf(text, file);
    expect(renderLocalConf(conf)).toBe(text);
    expect(semantics(parseLocalConf(renderLocalConf(conf)))).toEqual(semantics(conf));
  });

  it('keeps exact line numbers for statements, continuations and INI lines', () => {
    const file = `${REFERENCE}/kuryr-kubernetes/df-era/local.conf.df.sample`;
    const conf = parseLocalConf(readFileSync(file, 'utf8'), file);
    const [localrc, ini] = conf.blocks;
    if (localrc?.kind !== 'localrc' || ini?.kind !== 'ini') throw new Error('unexpected blocks');
    const kuryr = localrc.statements.find(
      (s) => s.command === 'enable_plugin' && s.args?.[0]?.literal === 'kuryr-kubernetes',
    );
    expect(kuryr).toMatchObject({ line: 3, endLine: 4 });
    expect(kuryr?.args?.[1]?.literal).toBe('https://opendev.org/openstack/kuryr-kubernetes');
    expect(localrc.statements.find((s) => s.name === 'LOGFILE')).toMatchObject({
      line: 14,
      value: { literal: 'devstack.log' },
    });
    expect(localrc.statements.find((s) => s.name === 'LIBS_FROM_GIT')).toMatchObject({ line: 60, op: '+=' });
    expect(ini.header).toMatchObject({ phase: 'post-config', file: '$OCTAVIA_CONF', line: 208 });
    expect(ini.lines.find((l) => l.kind === 'key')).toMatchObject({
      line: 210,
      key: 'amp_active_retries',
      value: '9999',
      inSection: 'controller_worker',
    });
  });
});

describe('header and INI grammar as DevStack reads it (docs/local-conf.md#meta-section-headers, docs/local-conf.md#ini-merge)', () => {
  it('treats only column-0 [[...|...]] as headers; awk uses only $1', () => {
    const conf = parseLocalConf(
      '[[local|localrc]]\nA=1\n  [[post-config|$X]]\n[[post-config|$NOVA_CONF]] trailing text\n[DEFAULT]\n',
    );
    expect(conf.blocks).toHaveLength(2);
    expect(conf.blocks[1]?.header).toMatchObject({ phase: 'post-config', file: '$NOVA_CONF', line: 4 });
    const spaced = parseLocalConf('[[ post-config | $X ]]\n');
    expect(spaced.blocks[0]?.header).toMatchObject({ phase: '', file: '' });
  });

  it('classifies INI lines like merge_config_file', () => {
    const conf = parseLocalConf(
      [
        '[[post-config|$NOVA_CONF]]',
        '[my section]',
        'spaced   =   value with spaces   ',
        '  indented = 1',
        '  # c',
        ';semi = 1',
        'noequals',
        'k = v # note',
        '',
      ].join('\n'),
    );
    const b = conf.blocks[0];
    if (b?.kind !== 'ini') throw new Error('expected ini');
    expect(b.lines.map((l) => l.kind)).toEqual(['section', 'key', 'ignored', 'comment', 'key', 'key', 'key']);
    expect(b.lines[0]?.section).toBe('my');
    expect(b.lines[1]).toMatchObject({ key: 'spaced', value: 'value with spaces', inSection: 'my' });
    expect(b.lines[4]).toMatchObject({ key: ';semi', value: '1' });
    expect(b.lines[5]).toMatchObject({ key: 'noequals', value: '', hasEquals: false });
    expect(b.lines[6]).toMatchObject({ key: 'k', value: 'v # note' });
  });

  it('keeps text before the first header as an ignored preamble and the missing final newline', () => {
    const text = '# comment\n[[local|localrc]]\nA=1';
    const conf = parseLocalConf(text);
    expect(conf.preamble).toEqual(['# comment']);
    expect(conf.finalNewline).toBe(false);
    expect(renderLocalConf(conf)).toBe(text);
  });
});
