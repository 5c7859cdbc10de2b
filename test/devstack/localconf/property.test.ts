import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { parseLocalConf } from '../../../src/devstack/localconf/parse.js';
import {
  assignStatement,
  callStatement,
  iniEscape,
  makeIniBlock,
  renderLocalConf,
  shellQuote,
} from '../../../src/devstack/localconf/render.js';
import type { LocalConf } from '../../../src/devstack/localconf/model.js';

const name = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,12}$/);
/** Values with every character bash treats specially, but no NUL (bash strings cannot hold it). */
const nasty = fc.string({ unit: fc.constantFrom(...'ab1 _-./$`"\'\\;|&()<>{}*?[]#~!=%,\t'.split('')), maxLength: 24 });
const iniKey = fc.stringMatching(/^[a-z_][a-z0-9_]{0,10}$/);
const iniValue = fc
  .string({ unit: fc.constantFrom(...'ab1 _-./$`"\'\\;|&()%=,:'.split('')), maxLength: 24 })
  .map((s) => s.trim());

describe('render → parse is the identity on what DevStack reads', () => {
  it('localrc assignments and calls survive render and parse', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(name, nasty), { selector: ([n]) => n, maxLength: 8 }),
        fc.array(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/), { minLength: 1, maxLength: 4 }),
        (assigns, services) => {
          const statements = [
            ...assigns.map(([n, v]) => assignStatement(n, { literal: v })),
            callStatement('enable_service', services),
          ];
          const conf: LocalConf = {
            file: 't',
            preamble: [],
            finalNewline: true,
            blocks: [
              {
                kind: 'localrc',
                header: { raw: '[[local|localrc]]', phase: 'local', file: 'localrc', line: 0 },
                statements,
              },
            ],
          };
          const back = parseLocalConf(renderLocalConf(conf)).blocks[0];
          if (back?.kind !== 'localrc') return false;
          const got = back.statements.filter((s) => s.kind === 'assign').map((s) => [s.name, s.value?.literal]);
          expect(got).toEqual(assigns);
          const call = back.statements.find((s) => s.kind === 'call');
          expect(call?.args?.map((a) => a.literal)).toEqual(services);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('INI blocks keep sections, keys and (escaped) values', () => {
    fc.assert(
      fc.property(
        fc.dictionary(iniKey, fc.dictionary(iniKey, iniValue, { maxKeys: 4 }), { maxKeys: 3 }),
        (sections) => {
          const block = makeIniBlock(
            'post-config',
            '$NOVA_CONF',
            Object.fromEntries(
              Object.entries(sections).map(([s, kv]) => [
                s,
                Object.fromEntries(Object.entries(kv).map(([k, v]) => [k, { literal: v }])),
              ]),
            ),
          );
          const conf: LocalConf = { file: 't', preamble: [], finalNewline: true, blocks: [block] };
          const back = parseLocalConf(renderLocalConf(conf)).blocks[0];
          if (back?.kind !== 'ini') return false;
          const got: Record<string, Record<string, string>> = {};
          for (const l of back.lines) {
            if (l.kind === 'section') got[l.section as string] = {};
            if (l.kind === 'key')
              (got[l.inSection as string] as Record<string, string>)[l.key as string] = l.value as string;
          }
          const expected = Object.fromEntries(
            Object.entries(sections).map(([s, kv]) => [
              s,
              Object.fromEntries(Object.entries(kv).map(([k, v]) => [k, iniEscape(v)])),
            ]),
          );
          expect(got).toEqual(expected);
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('quoting is proven against real bash', () => {
  it('shellQuote: sourcing NAME=<quoted> yields exactly the value and executes nothing', () => {
    const samples = fc
      .sample(nasty, { numRuns: 150, seed: 42 })
      .concat(['$(touch /tmp/kdf-pwned)', '`id`', "it's", '']);
    const script = samples.map((v, i) => `V${i}=${shellQuote(v)}\nprintf '%s\\0' "$V${i}"`).join('\n');
    const out = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { encoding: 'utf8' });
    expect(out.status).toBe(0);
    expect(out.stdout.split('\0').slice(0, -1)).toEqual(samples);
  });

  it('iniEscape: DevStack\'s eval of iniset "<value>" yields exactly the value', () => {
    // merge_config_file emits `iniset file section key "<value>"` and evals it (docs/local-conf.md#ini-merge).
    const values = fc.sample(iniValue, { numRuns: 150, seed: 7 }).concat(['$(id)', '`id`', 'a"b', '50%', '&']);
    // One generated command per line, each eval'ed exactly as DevStack evals the awk output.
    const commands = values.map((v) => `printf '%s\\0' "${iniEscape(v)}"`).join('\n') + '\n';
    const script = 'while IFS= read -r line; do eval "$line"; done';
    const out = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { encoding: 'utf8', input: commands });
    expect(out.stderr).toBe('');
    expect(out.stdout.split('\0').slice(0, -1)).toEqual(values);
  });
});
