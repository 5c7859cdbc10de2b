/**
 * Renders the model back to local.conf text, and builds new elements with safe quoting. Rendering an unmodified
 * parse gives the input back byte for byte; elements built here get text that bash and DevStack's INI merge read
 * back as exactly the intended value (nothing expands or executes unless the caller asks for shell text).
 */
import { lexStatement } from './bash-words.js';
import { parseIniLine, toLocalrcStatement } from './parse.js';
import type { IniBlock, IniLine, LocalConf, LocalrcBlock, LocalrcStatement, MetaHeader, Origin } from './model.js';

/** Text plus, for each output line (index 0 = line 1), where that line came from when known. */
export interface Rendered {
  text: string;
  origins: (Origin | undefined)[];
}

/** Renders a local.conf and tracks the origin of every output line. */
export function renderLocalConfWithOrigins(conf: LocalConf): Rendered {
  const lines: string[] = [];
  const origins: (Origin | undefined)[] = [];
  const push = (raw: string, origin?: Origin): void => {
    const parts = raw.split('\n');
    parts.forEach((p, i) => {
      lines.push(p);
      origins.push(origin ? { file: origin.file, line: origin.line + i } : undefined);
    });
  };
  conf.preamble.forEach((l) => push(l));
  for (const block of conf.blocks) {
    push(block.header.raw);
    if (block.kind === 'localrc') block.statements.forEach((s) => push(s.raw, s.origin));
    else block.lines.forEach((l) => push(l.raw, l.origin));
  }
  const text = lines.join('\n') + (conf.finalNewline && lines.length ? '\n' : '');
  return { text, origins };
}

/** Renders a local.conf to text. */
export function renderLocalConf(conf: LocalConf): string {
  return renderLocalConfWithOrigins(conf).text;
}

const SAFE_WORD = /^[A-Za-z0-9_.,:/@%+=^-]+$/;

/**
 * Quotes a literal value for bash so that sourcing it yields exactly `value` and nothing executes: plain when safe,
 * otherwise single-quoted (`'` written as `'\''`).
 */
export function shellQuote(value: string): string {
  if (value === '') return '""';
  if (SAFE_WORD.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Escapes a literal INI value for DevStack's merge, which runs `iniset <file> <section> <key> "<value>"` through
 * `eval` (docs/local-conf.md#ini-merge): `\`, `"`, `$` and backticks are backslash-escaped so the value arrives
 * unchanged.
 */
export function iniEscape(value: string): string {
  return value.replace(/[\\"$`]/g, (c) => `\\${c}`);
}

/** A value for a new assignment: a literal (quoted as needed) or trusted shell text used as written. */
export type ValueSpec = { literal: string } | { shell: string };

function valueText(v: ValueSpec): string {
  return 'literal' in v ? shellQuote(v.literal) : v.shell;
}

/** Builds a localrc statement from its text (re-lexed so its fields are exact). */
export function statementFromText(raw: string, origin?: Origin): LocalrcStatement {
  const lexed = lexStatement(raw);
  const lineCount = raw.split('\n').length;
  const st = toLocalrcStatement({ raw, line: 0, endLine: lineCount - 1, ...lexed });
  if (origin) st.origin = origin;
  return st;
}

/** `NAME=value` or `NAME+=value`. */
export function assignStatement(
  name: string,
  value: ValueSpec,
  op: '=' | '+=' = '=',
  origin?: Origin,
): LocalrcStatement {
  return statementFromText(`${name}${op}${valueText(value)}`, origin);
}

/** A function call such as `enable_service q-svc` or `enable_plugin name url ref`; args are literals. */
export function callStatement(command: string, args: readonly string[], origin?: Origin): LocalrcStatement {
  return statementFromText([command, ...args.map(shellQuote)].join(' '), origin);
}

/** `# text` (one statement per line). */
export function commentStatement(text: string): LocalrcStatement {
  return statementFromText(text === '' ? '#' : `# ${text}`);
}

export function blankStatement(): LocalrcStatement {
  return statementFromText('');
}

/** A meta-section header `[[phase|file]]`. */
export function makeHeader(phase: string, file: string): MetaHeader {
  return { raw: `[[${phase}|${file}]]`, phase, file, line: 0 };
}

export function emptyLocalrcBlock(): LocalrcBlock {
  return { kind: 'localrc', header: makeHeader('local', 'localrc'), statements: [] };
}

/** An INI key line `key = value` with the value escaped for DevStack's eval unless `shell` text is given. */
export function iniKeyLine(key: string, value: ValueSpec, section: string, origin?: Origin): IniLine {
  const text = 'literal' in value ? iniEscape(value.literal) : value.shell;
  const line = parseIniLine(`${key} = ${text}`, 0, section);
  if (origin) line.origin = origin;
  return line;
}

export function iniSectionLine(section: string): IniLine {
  return parseIniLine(`[${section}]`, 0, section);
}

/** An INI block with the given sections and key/values (values are literals unless given as shell text). */
export function makeIniBlock(
  phase: string,
  file: string,
  sections: Record<string, Record<string, ValueSpec>>,
): IniBlock {
  const lines: IniLine[] = [];
  for (const [section, keys] of Object.entries(sections)) {
    lines.push(iniSectionLine(section));
    for (const [k, v] of Object.entries(keys)) lines.push(iniKeyLine(k, v, section));
  }
  return { kind: 'ini', header: makeHeader(phase, file), lines };
}
