/**
 * The batched `bash -n` checker (issue #18, lint speed) against the single-script checker it replaces in `lintMany`
 * and `kdf lint`: the same results on the same scripts, errors and all, run for real (bash is installed).
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from '@jest/globals';

import {
  bashNoExec,
  checkLocalrcSyntax,
  checkLocalrcSyntaxMany,
  createBatchBashChecker,
  lintMany,
  lintText,
  type BashCheckResult,
  type BashSyntaxChecker,
} from '../../../src/devstack/lint/index.js';
import { parseFrames } from '../../../src/devstack/lint/bash-batch.js';
import { parseLocalConf } from '../../../src/devstack/localconf/parse.js';
import { referenceFiles } from '../../helpers/paths.js';

const localrc = (body: string): string => `[[local|localrc]]\n${body}`;
const references = referenceFiles().map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
const bodies = references.map((r) => r.text.split(/^\[\[local\|localrc\]\]\n/m)[1] ?? '');

/** Deterministic mutations of the reference localrc bodies: truncations, deletions and inserted shell syntax. */
function mutants(count: number): string[] {
  let seed = 18;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const bits = ['"', "'", '$(', ')', '{', '}', '[[ ', ' ]]', ';;', '`', '\r', 'if x; then\n', 'fi\n', 'done\n'];
  const extra = ['<<EOF\n', 'case x in\n', '$((', '\\', '|', '&&', '(', '= ', '[[ a b ]]\n', 'esac\n'];
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const s = bodies[k % bodies.length] as string;
    const at = rnd(s.length + 1);
    const how = rnd(4);
    if (how === 0) out.push(s.slice(0, at));
    else if (how === 1) out.push(s.slice(0, at) + s.slice(at + 1 + rnd(6)));
    else out.push(s.slice(0, at) + [...bits, ...extra][rnd(bits.length + extra.length)] + s.slice(at));
  }
  return out;
}

/** Scripts whose `bash -n` outcome is known to be tricky, each as a localrc body. */
const EDGE_CASES = [
  '',
  '\n',
  'A=1',
  'A=1\nB=2\n',
  '--version\nif true; then\n',
  '-n\n',
  'A=1\nB=2\nx=1 ;;\nC=3\n',
  'A=1\n'.repeat(40) + 'if true; then\n',
  'A="unterminated\nB=2\n',
  "A='single\nB=2\n",
  'A=$(echo\nB=2\n',
  'A=1\r\nB="x\r\nC=3\r\n',
  'A=1\r\nB=2\r\n',
  'cat <<EOF\nabc\n',
  '[[ a b ]]\nA=1\n',
  'if [[ -f ]]; then :; fi\n',
  'bash: eval: x\n;;\n',
  'A=1\n'.repeat(30_000),
  'A=1\n'.repeat(30_000) + 'B="open\n',
];

const counting = (inner: BashSyntaxChecker): { checker: BashSyntaxChecker; calls: string[] } => {
  const calls: string[] = [];
  return {
    calls,
    checker: (s) => {
      calls.push(s);
      return inner(s);
    },
  };
};

/** Temporary directories differ per run; everything else in stderr must match byte for byte. */
const stable = (r: BashCheckResult): BashCheckResult => ({ ...r, stderr: r.stderr.replace(/kdf-lint-\w+/g, 'tmp') });

describe('createBatchBashChecker', () => {
  const scripts = [...EDGE_CASES, ...bodies, ...mutants(90)];

  it('gives the single-script checker’s status and stderr for every script, checking clean ones in the batch', async () => {
    const fallback = counting(bashNoExec);
    const batch = await createBatchBashChecker({ fallback: fallback.checker })(scripts);
    const single = scripts.map((s) => bashNoExec(s));
    expect(batch.map(stable)).toEqual(single.map(stable));
    expect(single.filter((r) => r.status !== 0).length).toBeGreaterThan(15);
    expect(single.filter((r) => r.status === 0).length).toBeGreaterThan(40);
    // Only the two scripts over 100 kB went to the single checker in this process; the driver checked the rest.
    expect(fallback.calls).toEqual(scripts.filter((s) => Buffer.byteLength(s) >= 100_000));
    expect(fallback.calls).toHaveLength(2);
  });

  it('keeps bash -n -c’s exit 0 after a [[ ]] error, where eval returns 2', async () => {
    const [r] = await createBatchBashChecker()(['[[ a b ]]\n']);
    expect(r).toEqual(bashNoExec('[[ a b ]]\n'));
    expect(r?.status).toBe(0);
    expect(r?.stderr).toBe('bash: -c: line 1: conditional binary operator expected\n');
  });

  it('passes on a warning of a clean parse as bash -n -c prints it', async () => {
    const [r] = await createBatchBashChecker()(['cat <<EOF\nabc\n']);
    expect(r?.status).toBe(0);
    expect(r?.stderr).toContain('here-document at line 1 delimited by end-of-file');
    expect(r).toEqual(bashNoExec('cat <<EOF\nabc\n'));
  });

  it('splits the work over several processes with the same results, in input order', async () => {
    const some = scripts.slice(0, 80);
    const one = await createBatchBashChecker({ processes: 1 })(some);
    const three = await createBatchBashChecker({ processes: 3, minPerProcess: 1 })(some);
    expect(three.map(stable)).toEqual(one.map(stable));
  });

  it('never runs the scripts it checks, clean or in error', async () => {
    const marker = `/tmp/kdf-batch-ran-${process.pid}`;
    const [clean, broken] = await createBatchBashChecker()([`touch ${marker}\n`, `touch ${marker}\nif true; then\n`]);
    expect(clean?.status).toBe(0);
    expect(broken?.status).toBe(2);
    expect(() => readFileSync(marker)).toThrow();
  });

  it('sends a script with a NUL byte to the single checker, and everything when bash cannot start', async () => {
    const fallback = counting(() => ({ status: 7, stderr: 'from fallback\n' }));
    const withNul = await createBatchBashChecker({ fallback: fallback.checker })(['A=1\n', 'A=\0\n']);
    expect(withNul[0]).toMatchObject({ status: 0, stderr: '' });
    expect(withNul[1]).toEqual({ status: 7, stderr: 'from fallback\n' });
    expect(fallback.calls).toEqual(['A=\0\n']);

    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const all = await createBatchBashChecker({ fallback: fallback.checker })(['A=1\n', 'B=2\n']);
      expect(all).toEqual([
        { status: 7, stderr: 'from fallback\n' },
        { status: 7, stderr: 'from fallback\n' },
      ]);
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('parseFrames', () => {
  it('reads one stderr and status per script', () => {
    expect(parseFrames('\x000\x00bash: -c: line 2: x\n\x002\x00', 2)).toEqual([
      { status: 0, stderr: '', error: undefined },
      { status: 2, stderr: 'bash: -c: line 2: x\n', error: undefined },
    ]);
  });

  it('refuses output with missing, extra or broken frames', () => {
    expect(parseFrames('\x000\x00', 2)).toBeUndefined();
    expect(parseFrames('\x000\x00\x000\x00', 1)).toBeUndefined();
    expect(parseFrames('\x00x\x00', 1)).toBeUndefined();
    expect(parseFrames('\x000\x00tail', 1)).toBeUndefined();
  });
});

describe('checkLocalrcSyntaxMany and lintMany', () => {
  const files = [
    ...EDGE_CASES.map((body, i) => ({ file: `edge-${i}.conf`, text: localrc(body) })),
    ...mutants(40).map((body, i) => ({ file: `mutant-${i}.conf`, text: `# preamble\n${localrc(body)}` })),
    { file: 'no-localrc.conf', text: '[[post-config|$NOVA_CONF]]\n[DEFAULT]\ndebug = True\n' },
    {
      file: 'two-blocks.conf',
      text: '[[local|localrc]]\nA=1\n[[post-config|x]]\n[a]\nb = 1\n[[local|localrc]]\nx=1 ;;\n',
    },
  ];

  it('finds what checkLocalrcSyntax finds, file by file', async () => {
    const confs = files.map((f) => parseLocalConf(f.text, f.file));
    const many = await checkLocalrcSyntaxMany(confs);
    expect(many).toEqual(confs.map((c) => checkLocalrcSyntax(c)));
    expect(many.flat().filter((f) => f.rule === 'LC301').length).toBeGreaterThan(10);
  });

  it('equals lintText on every file: with bash, without, and with an injected checker', async () => {
    const all = [...references, ...files.slice(0, 12), ...files.slice(-2)];
    expect(await lintMany(all)).toEqual(all.map((f) => lintText(f.text, f.file)));
    const off = { syntaxCheck: false as const };
    expect(await lintMany(all, { era: 'newest' }, off)).toEqual(
      all.map((f) => lintText(f.text, f.file, { era: 'newest' }, off)),
    );
    const injected: BashSyntaxChecker = (s) =>
      s.includes('A=1') ? { status: 2, stderr: 'x: line 1: boom\n' } : { status: 0, stderr: '' };
    const withInjected = await lintMany(files, {}, { syntaxCheck: injected });
    expect(withInjected).toEqual(files.map((f) => lintText(f.text, f.file, {}, { syntaxCheck: injected })));
    expect(withInjected.flat().some((f) => f.message.includes('boom'))).toBe(true);
  });

  it('uses a given batch checker, and reports LC313 for each file when bash could not run', async () => {
    const batchCheck = async (scripts: readonly string[]) =>
      scripts.map(() => ({ status: null, stderr: '', error: 'spawn bash ENOENT' }));
    const found = await lintMany(files.slice(0, 3), {}, { batchCheck });
    expect(found.map((f) => f.filter((x) => x.rule === 'LC313').map((x) => x.line))).toEqual([[1], [1], [1]]);
  });
});
