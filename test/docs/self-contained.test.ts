/**
 * The repository stands on its own: no tracked file cites a document outside it (the external guide the project
 * started from, anything in the folder beside the checkout), and every pointer at a docs/ page names a page and a
 * heading that exist.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { REPO_ROOT } from '../helpers/paths.js';

/** The external guide's name, built from parts so that this file does not cite it itself. */
const GUIDE = ['field', 'guide'].join(' ');

/** Citations of documents outside the repository. */
const OUTSIDE = [
  new RegExp(GUIDE.replace(' ', '[ -]'), 'i'),
  /\.\.\/shared\//,
  /shared\/(reference|docs)/,
  /['"]\.\.['"],\s*['"]shared['"]/,
  // A bare "§3.4" pointed into that guide; section signs of public standards stay allowed.
  /(?<!(?:XML|RFC|ECMA|POSIX)[^§]{0,12})§\s?\d/,
];

/** This file spells the forbidden forms out to test the detector. */
const SELF = 'test/docs/self-contained.test.ts';

/** Git-tracked text files except the bundle and the changelog (whose history lines may name old documents). */
function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f && !f.startsWith('dist/') && f !== 'CHANGELOG.md')
    .filter((f) => existsSync(join(REPO_ROOT, f)))
    .filter((f) => !readFileSync(join(REPO_ROOT, f)).includes(0));
}

/** `file:line: text` for every line that cites something outside the repository. */
export function outsideCitations(file: string, text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) => (OUTSIDE.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line}`] : []));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown file's headings (fenced code skipped). */
function anchorsOf(path: string): Set<string> {
  let fenced = false;
  const anchors = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
    if (m) anchors.add(slug(m[1] ?? ''));
  }
  return anchors;
}

/**
 * Pointers at docs pages in one file: `docs/<page>.md[#anchor]` (from the repository root, or relative to a Markdown
 * file), plus relative `](<page>.md#anchor)` and `](#anchor)` links inside docs/ itself. Returns repo-relative targets.
 */
export function docsPointers(file: string, text: string): { line: number; page: string; anchor?: string }[] {
  const out: { line: number; page: string; anchor?: string }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/((?:\.\.\/)*)docs\/([\w-]+\.md)(?:#([\w-]+))?/g)) {
      const up = m[1] ?? '';
      const base = up && file.endsWith('.md') ? dirname(file) : '.';
      out.push({ line: i + 1, page: normalize(join(base, up, 'docs', m[2] ?? '')), anchor: m[3] });
    }
    if (file.startsWith('docs/')) {
      for (const m of line.matchAll(/\]\(([\w-]+\.md)?(?:#([\w-]+))?\)/g)) {
        out.push({ line: i + 1, page: m[1] ? join('docs', m[1]) : file, anchor: m[2] });
      }
    }
  });
  return out;
}

describe('the repository is self-contained', () => {
  const files = trackedFiles();
  const texts = new Map(files.map((f) => [f, readFileSync(join(REPO_ROOT, f), 'utf8')]));

  it('detects the citation forms it is meant to catch', () => {
    expect(outsideCitations('a.ts', `x (${GUIDE} §4.3)`)).toEqual([`a.ts:1: x (${GUIDE} §4.3)`]);
    expect(outsideCitations('a.md', `ok\nsee \`shared/docs/${GUIDE.replace(' ', '-')}.md\``)).toHaveLength(1);
    expect(outsideCitations('a.ts', ['see ..', 'shared', 'reference'].join('/'))).toHaveLength(1);
    expect(outsideCitations('a.ts', "resolve(ROOT, '..', 'shared')")).toHaveLength(1);
    expect(outsideCitations('a.ts', '// the quirk (§4.4)')).toHaveLength(1);
    expect(outsideCitations('a.ts', ' * (XML 1.0 §4.3.3 and Appendix F)')).toEqual([]);
    expect(slug('Why newer DevStack breaks the Dragonflow plugin')).toBe(
      'why-newer-devstack-breaks-the-dragonflow-plugin',
    );
    expect(slug('kuryr.conf keys')).toBe('kuryrconf-keys');
  });

  it('no tracked file cites a document outside the repository', () => {
    const found = files.filter((f) => f !== SELF).flatMap((f) => outsideCitations(f, texts.get(f)!));
    expect(found).toEqual([]);
  });

  it('every docs/ pointer names an existing page and heading', () => {
    const anchors = new Map<string, Set<string>>();
    const broken: string[] = [];
    let pointers = 0;
    for (const [file, text] of texts) {
      if (file === SELF) continue;
      for (const p of docsPointers(file, text)) {
        pointers += 1;
        const abs = join(REPO_ROOT, p.page);
        if (!existsSync(abs)) {
          broken.push(`${file}:${p.line}: ${p.page} does not exist`);
          continue;
        }
        if (!anchors.has(p.page)) anchors.set(p.page, anchorsOf(abs));
        if (p.anchor && !anchors.get(p.page)!.has(p.anchor)) broken.push(`${file}:${p.line}: ${p.page}#${p.anchor}`);
      }
    }
    expect(broken).toEqual([]);
    expect(pointers).toBeGreaterThan(0);
  });

  it('docs/README.md lists every page', () => {
    const index = texts.get('docs/README.md')!;
    const pages = files.filter((f) => /^docs\/[\w-]+\.md$/.test(f) && f !== 'docs/README.md');
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((p) => !index.includes(`](${p.slice('docs/'.length)})`))).toEqual([]);
  });
});
