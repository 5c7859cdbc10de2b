/**
 * Parses a local.conf into the model, following DevStack's own readers: the awk header regex of `inc/meta-config`
 * for blocks, bash for `[[local|localrc]]`, and the `merge_config_file` awk rules for INI blocks.
 */
import { splitStatements, type ShellStatement, type ShellWord } from './bash-words.js';
import type { IniLine, LocalConf, LocalrcStatement, MetaBlock, MetaHeader } from './model.js';

/** DevStack's header test: `/^\[\[.+\|.*\]\]/` on the whole line (docs/local-conf.md#meta-section-headers). */
const HEADER_RE = /^\[\[.+\|.*\]\]/;
const ASSIGN_RE = /^([A-Za-z_][A-Za-z0-9_]*)(\+?=)/;

/** Parses a header line the way awk does: only `$1` counts, brackets removed, split on `|` (fields 1 and 2 only). */
export function parseHeader(raw: string, line: number): MetaHeader {
  // awk's default FS splits on blanks only: a trailing `\r` (CRLF file) stays part of `$1`.
  const first = raw.replace(/^[ \t]+/, '').split(/[ \t]+/)[0] ?? '';
  const stripped = first.replace(/[[\]]/g, '');
  // awk's `split($1, a, "|")`: group is a[1], file is a[2] only (a third `|` field is dropped).
  const parts = stripped.split('|');
  const phase = parts[0] ?? '';
  const file = parts[1] ?? '';
  return { raw, phase, file, line };
}

/** True when `raw` is a meta-section header for DevStack (column 0, `[[…|…]]`). */
export function isHeaderLine(raw: string): boolean {
  return HEADER_RE.test(raw);
}

/** Turns one lexed shell statement into a localrc statement (assignment, call, comment, blank). */
export function toLocalrcStatement(st: ShellStatement): LocalrcStatement {
  const base = { raw: st.raw, line: st.line, endLine: st.endLine, errors: st.errors, comment: st.comment };
  if (st.commands.length === 0) {
    const stmt: LocalrcStatement = { ...base, kind: st.raw.trim() === '' ? 'blank' : 'comment' };
    if (st.ops?.length) stmt.ops = st.ops; // a `;;` alone on its line ends a case arm
    return stmt;
  }
  const [first, ...rest] = st.commands.map((words) => commandToStatement(words, base));
  const stmt = first as LocalrcStatement;
  rest.forEach((r, i) => {
    const op = st.ops?.find((o) => o.before === i + 1)?.op;
    if (op !== undefined) r.joinedBy = op;
  });
  if (rest.length) stmt.more = rest;
  if (st.ops?.length) stmt.ops = st.ops;
  return stmt;
}

/** One command's words as a statement (assignment, env-prefixed command, or call); `base` gives raw text and lines. */
export function commandToStatement(words: ShellWord[], base: Omit<LocalrcStatement, 'kind'>): LocalrcStatement {
  const head = words[0] as ShellWord;
  const m = ASSIGN_RE.exec(head.raw);
  if (m && words.length === 1) {
    const valueRaw = head.raw.slice(m[0].length);
    const value = lexValue(valueRaw, head);
    return { ...base, kind: 'assign', name: m[1], op: m[2] as '=' | '+=', value };
  }
  if (m && words.length > 1) {
    // `A=1 cmd` is an env prefix for one command; `A=x y` leaves y as a command. Not an assignment that persists.
    return { ...base, kind: 'other', command: head.raw, commandWord: head, args: words.slice(1) };
  }
  return { ...base, kind: 'call', command: head.literal ?? head.raw, commandWord: head, args: words.slice(1) };
}

/** Re-describes the value part of an assignment word (everything after `=`/`+=`). */
function lexValue(valueRaw: string, whole: ShellWord): ShellWord {
  if (valueRaw === '') return { raw: '', literal: '', expands: false, executes: false };
  // The value shares the word's quoting; re-derive the literal from the value text alone.
  const word: ShellWord = { raw: valueRaw, expands: whole.expands, executes: whole.executes };
  if (!whole.expands && whole.literal !== undefined) {
    const nameEnd = whole.literal.indexOf('=');
    word.literal = whole.literal.slice(nameEnd + 1);
  }
  return word;
}

/** Classifies one INI line exactly as the merge awk program does (docs/local-conf.md#ini-merge). */
export function parseIniLine(raw: string, line: number, section: string): IniLine {
  if (/^\[.+\]/.test(raw)) {
    const first = raw.split(/[ \t]+/)[0] ?? '';
    return { kind: 'section', raw, line, section: first.replace(/[[\]]/g, '') };
  }
  if (/^ *#/.test(raw)) return { kind: 'comment', raw, line };
  if (/^[^ \t]+/.test(raw)) {
    const eq = raw.indexOf('=');
    if (eq < 0)
      return {
        kind: 'key',
        raw,
        line,
        key: raw.replace(/[ \t]*$/, ''),
        value: '',
        hasEquals: false,
        inSection: section,
      };
    const key = raw.slice(0, eq).replace(/[ \t]*$/, '');
    const value = raw
      .slice(eq + 1)
      .replace(/^[ \t]*/, '')
      .replace(/[ \t]*$/, '');
    return { kind: 'key', raw, line, key, value, hasEquals: true, inSection: section };
  }
  return { kind: raw === '' ? 'blank' : 'ignored', raw, line };
}

/** Parses the lines of an INI block, tracking the section in force. */
export function parseIniLines(lines: readonly string[], firstLine: number): IniLine[] {
  let section = '';
  return lines.map((raw, i) => {
    const parsed = parseIniLine(raw, firstLine + i, section);
    if (parsed.kind === 'section') section = parsed.section ?? '';
    return parsed;
  });
}

/** Parses localrc text (the body of `[[local|localrc]]`) into statements with absolute line numbers. */
export function parseLocalrcLines(lines: readonly string[], firstLine: number): LocalrcStatement[] {
  // Shift the lexed statement before building on it: adjusting the finished statements afterwards cost a third of
  // parsing time (issue #18, lint speed).
  return splitStatements(lines).map((st) => {
    st.line += firstLine - 1;
    st.endLine += firstLine - 1;
    return toLocalrcStatement(st);
  });
}

/**
 * Parses a whole local.conf. `[[local|localrc]]` bodies are parsed as bash; every other header (including a
 * `[[local|other]]` DevStack ignores, and an empty-group header DevStack drops) is parsed as INI lines, which is how
 * the linter sees and reports on them.
 */
export function parseLocalConf(text: string, file = 'local.conf'): LocalConf {
  const finalNewline = text.endsWith('\n');
  const all = text.split('\n');
  if (finalNewline) all.pop();
  const preamble: string[] = [];
  const blocks: MetaBlock[] = [];
  let header: MetaHeader | undefined;
  let body: string[] = [];
  let bodyStart = 0;
  const flush = (): void => {
    if (!header) return;
    if (header.phase === 'local' && header.file === 'localrc') {
      blocks.push({ kind: 'localrc', header, statements: parseLocalrcLines(body, bodyStart) });
    } else {
      blocks.push({ kind: 'ini', header, lines: parseIniLines(body, bodyStart) });
    }
  };
  all.forEach((raw, idx) => {
    const line = idx + 1;
    if (isHeaderLine(raw)) {
      flush();
      header = parseHeader(raw, line);
      body = [];
      bodyStart = line + 1;
    } else if (header) {
      body.push(raw);
    } else {
      preamble.push(raw);
    }
  });
  flush();
  return { file, preamble, blocks, finalNewline };
}
