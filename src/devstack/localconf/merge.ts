/**
 * Merges a user fragment on top of a base local.conf (a profile) with DevStack's real semantics, not as text:
 * a later `NAME=` replaces the earlier assignment in place (so statements that read it still see it in order), `+=`
 * appends, a second `enable_plugin` for a name replaces the first (DevStack would die on a duplicate),
 * `enable_service` lifts an earlier `disable_service` (DevStack would only warn and keep it disabled), and
 * `disable_service` removes earlier enables. INI keys replace the same key of the same section of the same literal
 * header, instead of becoming multi-valued.
 */
import { callStatement, commentStatement, iniSectionLine, statementFromText } from './render.js';
import { flattenStatements } from './services.js';
import type { IniBlock, IniLine, LocalConf, LocalrcBlock, LocalrcStatement, MetaBlock } from './model.js';

const clone = <T>(v: T): T => structuredClone(v);

const argNames = (st: LocalrcStatement): string[] =>
  (st.args ?? []).flatMap((a) => (a.literal ?? a.raw).split(',')).filter(Boolean);

/** Removes `name` from `enable_service`/`disable_service` statements of `command`; drops emptied statements. */
function removeServiceName(statements: LocalrcStatement[], command: string, name: string): LocalrcStatement[] {
  const out: LocalrcStatement[] = [];
  for (const st of statements) {
    if (st.kind === 'call' && st.command === command && !st.more && argNames(st).includes(name)) {
      const rest = argNames(st).filter((n) => n !== name);
      if (rest.length) {
        const replaced = callStatement(command, rest, st.origin);
        replaced.line = st.line;
        out.push(replaced);
      }
      continue;
    }
    out.push(st);
  }
  return out;
}

function isEnabledIn(statements: LocalrcStatement[], name: string): boolean {
  return flattenStatements(statements).some(
    (s) => s.kind === 'call' && s.command === 'enable_service' && argNames(s).includes(name),
  );
}

function withOrigin(st: LocalrcStatement, file: string): LocalrcStatement {
  const c = clone(st);
  c.origin = { file, line: st.line };
  return c;
}

/** Merges localrc statements of `fragment` (from file `file`) into `base`. */
export function mergeLocalrc(base: LocalrcStatement[], fragment: LocalrcStatement[], file: string): LocalrcStatement[] {
  let out = base.map(clone);
  const appended: LocalrcStatement[] = [];
  for (const st of fragment) {
    if (st.kind === 'blank' || st.kind === 'comment') continue;
    const mine = withOrigin(st, file);
    if (st.kind === 'assign' && st.op === '=' && !st.more) {
      const idx = out.findLastIndex((s) => s.kind === 'assign' && s.op === '=' && s.name === st.name && !s.more);
      if (idx >= 0) {
        out[idx] = mine;
        continue;
      }
    }
    if (st.kind === 'call' && st.command === 'enable_plugin' && !st.more) {
      const name = st.args?.[0]?.literal;
      const idx = out.findIndex(
        (s) => s.kind === 'call' && s.command === 'enable_plugin' && s.args?.[0]?.literal === name,
      );
      if (idx >= 0) {
        out[idx] = mine;
        continue;
      }
    }
    if (st.kind === 'call' && st.command === 'enable_service' && !st.more) {
      const fresh: string[] = [];
      for (const name of argNames(st)) {
        out = removeServiceName(out, 'disable_service', name);
        if (!isEnabledIn(out, name) && !isEnabledIn(appended, name)) fresh.push(name);
      }
      if (fresh.length) appended.push(callStatement('enable_service', fresh, mine.origin));
      continue;
    }
    if (st.kind === 'call' && st.command === 'disable_service' && !st.more) {
      for (const name of argNames(st)) out = removeServiceName(out, 'enable_service', name);
      appended.push(mine);
      continue;
    }
    appended.push(mine);
  }
  if (appended.length) {
    out.push(statementFromText(''), commentStatement(`Merged from ${file}`), ...appended);
  }
  return out;
}

const sameHeader = (a: MetaBlock, b: MetaBlock): boolean =>
  a.header.phase === b.header.phase && a.header.file === b.header.file;

/** Merges one INI block's key lines into a base INI block (same literal header). */
export function mergeIniBlock(base: IniBlock, fragment: IniBlock, file: string): IniBlock {
  const lines: IniLine[] = base.lines.map(clone);
  for (const l of fragment.lines) {
    if (l.kind !== 'key') continue;
    const mine: IniLine = { ...clone(l), origin: { file, line: l.line } };
    const section = l.inSection ?? '';
    const matches = lines
      .map((b, i) => ({ b, i }))
      .filter(({ b }) => b.kind === 'key' && b.key === l.key && (b.inSection ?? '') === section);
    if (matches.length) {
      const first = matches[0] as { i: number };
      lines[first.i] = mine;
      // Drop further values of a base multi-valued key: the user's value replaces them all.
      for (const m of matches.slice(1).reverse()) lines.splice(m.i, 1);
      continue;
    }
    const sectionIdx = lines.findIndex((b) => b.kind === 'section' && b.section === section);
    if (sectionIdx < 0) {
      lines.push(iniSectionLine(section), mine);
      continue;
    }
    let end = sectionIdx + 1;
    while (end < lines.length && lines[end]?.kind !== 'section') end++;
    while (end > sectionIdx + 1 && lines[end - 1]?.kind === 'blank') end--;
    lines.splice(end, 0, mine);
  }
  return { ...base, lines };
}

/**
 * Merges a parsed user fragment on top of `base`. The result keeps `base`'s file name; every element that came
 * from the fragment carries its origin (fragment file and line) for annotations.
 */
export function mergeLocalConf(base: LocalConf, fragment: LocalConf): LocalConf {
  const blocks: MetaBlock[] = base.blocks.map(clone);
  for (const fb of fragment.blocks) {
    if (fb.kind === 'localrc') {
      let target = blocks.find((b): b is LocalrcBlock => b.kind === 'localrc');
      if (!target) {
        target = { kind: 'localrc', header: clone(fb.header), statements: [] };
        blocks.unshift(target);
      }
      target.statements = mergeLocalrc(target.statements, fb.statements, fragment.file);
      continue;
    }
    const idx = blocks.findIndex((b) => b.kind === 'ini' && sameHeader(b, fb));
    const existing = blocks[idx];
    if (existing && existing.kind === 'ini') {
      blocks[idx] = mergeIniBlock(existing, fb, fragment.file);
    } else {
      const copy = clone(fb);
      copy.lines = copy.lines.map((l) => ({ ...l, origin: { file: fragment.file, line: l.line } }));
      blocks.push(copy);
    }
  }
  return { ...base, blocks };
}
