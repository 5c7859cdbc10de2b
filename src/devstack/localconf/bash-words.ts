/**
 * A small bash lexer for DevStack's `[[local|localrc]]` block. localrc is *sourced* by bash
 * (docs/local-conf.md#how-localrc-is-read), so statement boundaries, quoting and expansions follow bash rules. This
 * lexer understands enough of them to split a block into statements (with `\` continuations and multi-line quotes),
 * split a statement into words, and tell a literal word from one that would expand or execute. It never evaluates
 * anything.
 */

/** One shell word as written, plus what bash would do with it. */
export interface ShellWord {
  /** The word exactly as written (quotes included). */
  raw: string;
  /** The value after quote removal when the word is fully literal; undefined when it expands anything. */
  literal?: string;
  /** True when the word contains `$VAR`, `${…}`, `$(…)`, `` `…` `` or `$((…))` outside single quotes. */
  expands: boolean;
  /** True when the word runs a command (`$(…)`, backticks, `<(…)`, `>(…)`) outside quotes; `$((…))` alone does not. */
  executes: boolean;
}

/** A logical statement: one or more physical lines joined by `\` continuations or open quotes. */
export interface ShellStatement {
  /** The statement text exactly as written, without the final newline. */
  raw: string;
  /** 1-based first and last physical line (relative to the text given to `splitStatements`). */
  line: number;
  endLine: number;
  /** Words of the statement, comments removed; `;`-separated commands are split into `commands`. */
  commands: ShellWord[][];
  /** A trailing or whole-line comment, without the `#`. */
  comment?: string;
  /** Lexing problems bash would report: unterminated quote or substitution. */
  errors: string[];
  /** Control operators between commands (`;`, `&&`, `||`, `|`, `&`, `;;`): `before` is the index of the next command. */
  ops?: ShellOp[];
}

/** A control operator and the index (in `commands`) of the command it precedes (= `commands.length` at the end). */
export interface ShellOp {
  op: string;
  before: number;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isMeta = (c: string | undefined): boolean => c === ';' || c === '&' || c === '|' || c === '<' || c === '>';
/** `<(…)` / `>(…)` at `i`: a process substitution, which runs a command like `$(…)` (also in an assignment). */
const isProcessSubstitution = (text: string, i: number): boolean =>
  (text[i] === '<' || text[i] === '>') && text[i + 1] === '(';

/**
 * Scans text where `pos` points just after `$(`; returns the index just after the matching `)`, or -1 when the
 * substitution is not closed. Quotes and nested substitutions inside are honoured.
 */
function skipCommandSubstitution(text: string, pos: number): number {
  let depth = 1;
  let i = pos;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return -1;
      i = end + 1;
      continue;
    }
    if (c === '"') {
      const end = skipDoubleQuoted(text, i + 1);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    if (c === '(') depth++;
    if (c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}

/**
 * For a complete `$(…)` at `start` ending just before `end`: the body `X` when the text is an arithmetic expansion
 * `$((X))`, else undefined. Bash reads `$((` as arithmetic when the parentheses of `X` balance; otherwise (`$((cmd) )`,
 * `$((a); (b))`) it is a command substitution whose command starts with a subshell.
 */
function arithmeticBody(text: string, start: number, end: number): string | undefined {
  if (text[start + 2] !== '(' || text[end - 2] !== ')' || end - start < 6) return undefined;
  const body = text.slice(start + 3, end - 2);
  let depth = 0;
  for (const c of body) {
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) return undefined;
  }
  return depth === 0 ? body : undefined;
}

/**
 * True when the `$(…)` at `start` (closing just before `end`) runs a command: a command substitution always does, an
 * arithmetic expansion `$((…))` only through a `$(…)` or backticks inside it.
 */
function substitutionExecutes(text: string, start: number, end: number): boolean {
  const body = arithmeticBody(text, start, end);
  return body === undefined || scanExpansions(body).executes;
}

/** `pos` points just after an opening `"`; returns the index just after the closing `"`, or -1. */
function skipDoubleQuoted(text: string, pos: number): number {
  let i = pos;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '"') return i + 1;
    if (c === '$' && text[i + 1] === '(') {
      const end = skipCommandSubstitution(text, i + 2);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    if (c === '`') {
      const end = skipBackticks(text, i + 1);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    i++;
  }
  return -1;
}

/** `pos` points just after an opening backtick; returns the index after the closing one, or -1. */
function skipBackticks(text: string, pos: number): number {
  let i = pos;
  while (i < text.length) {
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    if (text[i] === '`') return i + 1;
    i++;
  }
  return -1;
}

interface LexState {
  words: ShellWord[][];
  current: ShellWord[];
  comment?: string;
  errors: string[];
  ops: ShellOp[];
}

/** An expansion inside a word: where it ends (-1 when unterminated, `what` names it) and whether it runs a command. */
interface Expansion {
  end: number;
  executes: boolean;
  what: string;
}

/** The expansion starting at `i` (`<(…)`, `>(…)`, backticks, `$(…)`, `$((…))`, `${…}`, `$VAR`), if any. */
function expansionAt(text: string, i: number): Expansion | undefined {
  const ch = text[i];
  const next = text[i + 1];
  if (isProcessSubstitution(text, i))
    return { end: skipCommandSubstitution(text, i + 2), executes: true, what: `process substitution ${ch}(` };
  if (ch === '`') return { end: skipBackticks(text, i + 1), executes: true, what: 'command substitution (`)' };
  if (ch !== '$') return undefined;
  if (next === '(') {
    const end = skipCommandSubstitution(text, i + 2);
    return { end, executes: end < 0 || substitutionExecutes(text, i, end), what: 'command substitution $(' };
  }
  if (next === '[') {
    // `$[…]`: the old arithmetic form; it expands but runs nothing (unless a substitution inside does).
    const close = text.indexOf(']', i + 2);
    if (close < 0) return { end: -1, executes: false, what: 'arithmetic expansion $[' };
    return { end: close + 1, executes: scanExpansions(text.slice(i + 2, close)).executes, what: '' };
  }
  if (next === '{') {
    const close = text.indexOf('}', i + 2);
    if (close < 0) return { end: -1, executes: false, what: 'parameter expansion ${' };
    return { end: close + 1, executes: scanExpansions(text.slice(i + 2, close)).executes, what: '' };
  }
  if (next === undefined || !/[A-Za-z0-9_@*#?$!-]/.test(next)) return undefined;
  let end = i + 2;
  // `$1`, `$@`, `$?` are one character; a name runs on over letters, digits and `_`.
  if (/[A-Za-z_]/.test(next)) while (end < text.length && /[A-Za-z0-9_]/.test(text[end] as string)) end++;
  return { end, executes: false, what: '' };
}

/**
 * Lexes one word starting at `start` (not a blank, comment or operator). An unterminated quote or substitution is
 * pushed to `errors` and the rest of the text becomes the word.
 */
function lexWord(text: string, start: number, errors: string[]): { word: ShellWord; end: number } {
  let i = start;
  let literal = '';
  let expands = false;
  let executes = false;
  let broken = false;
  const unterminated = (what: string): void => {
    errors.push(`unterminated ${what}`);
    broken = true;
    i = text.length;
  };
  const inWord = (k: number): boolean =>
    !isSpace(text[k]) && text[k] !== '\n' && (!isMeta(text[k]) || isProcessSubstitution(text, k));
  while (i < text.length && inWord(i)) {
    const ch = text[i] as string;
    if (ch === '\\') {
      if (text[i + 1] !== '\n') literal += text[i + 1] ?? '';
      i += 2;
      continue;
    }
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) {
        unterminated("single quote (')");
        break;
      }
      literal += text.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (ch === '"') {
      const end = skipDoubleQuoted(text, i + 1);
      if (end < 0) {
        unterminated('double quote (")');
        break;
      }
      const inner = text.slice(i + 1, end - 1);
      const info = scanExpansions(inner);
      expands ||= info.expands;
      executes ||= info.executes;
      literal += inner.replace(/\\([$`"\\\n])/g, '$1');
      i = end;
      continue;
    }
    const x = expansionAt(text, i);
    if (x && x.end < 0) {
      unterminated(x.what);
      break;
    }
    if (x) {
      expands = true;
      executes ||= x.executes;
      i = x.end;
      continue;
    }
    literal += ch;
    i++;
  }
  const word: ShellWord = { raw: text.slice(start, i), expands, executes };
  if (!expands && !broken) word.literal = literal;
  return { word, end: i };
}

/**
 * Lexes one complete statement into commands and words. Assumes the statement is complete (see `splitStatements`);
 * an unterminated construct is recorded in `errors` and the rest of the text becomes one word.
 */
export function lexStatement(text: string): Pick<ShellStatement, 'commands' | 'comment' | 'errors' | 'ops'> {
  const st: LexState = { words: [], current: [], errors: [], ops: [] };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c) || c === '\n') {
      i++;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '#') {
      // `#` at the start of a word begins a comment up to the end of the line.
      const nl = text.indexOf('\n', i);
      const chunk = text.slice(i + 1, nl < 0 ? text.length : nl);
      st.comment = st.comment === undefined ? chunk : `${st.comment}\n${chunk}`;
      i = nl < 0 ? text.length : nl;
      continue;
    }
    if (isMeta(c) && !isProcessSubstitution(text, i)) {
      // Command separators and redirections: split commands on `;`, `&&`, `||`, `|`, `&`.
      let j = i;
      while (j < text.length && isMeta(text[j])) j++;
      const op = text.slice(i, j);
      if (/^[;&|]+$/.test(op)) {
        if (st.current.length) st.words.push(st.current);
        st.current = [];
        st.ops.push({ op, before: st.words.length });
      } else {
        st.current.push({ raw: op, expands: false, executes: false });
      }
      i = j;
      continue;
    }
    const { word, end } = lexWord(text, i, st.errors);
    st.current.push(word);
    i = end;
  }
  if (st.current.length) st.words.push(st.current);
  return { commands: st.words, comment: st.comment, errors: st.errors, ops: st.ops };
}

/** Detects expansions inside double-quoted text (where `$` and backticks stay active; `$((…))` is arithmetic). */
function scanExpansions(inner: string): { expands: boolean; executes: boolean } {
  const unescaped = inner.replace(/\\[$`"\\]/g, '');
  let executes = unescaped.includes('`');
  for (let i = unescaped.indexOf('$('); i >= 0 && !executes; i = unescaped.indexOf('$(', i + 2)) {
    const end = skipCommandSubstitution(unescaped, i + 2);
    // An unclosed `$(` is an error for the lexer; count it as executing, like a closed one.
    executes = end < 0 || substitutionExecutes(unescaped, i, end);
    if (end > 0) i = end - 2;
  }
  const expands = executes || /\$[A-Za-z0-9_{([@*#?$!-]/.test(unescaped);
  return { expands, executes };
}

/**
 * Returns true when `text` (one or more physical lines) leaves a construct open at its end: an unclosed quote or
 * substitution, or a trailing backslash continuation. Used to join physical lines into statements.
 */
function isIncomplete(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') {
      if (i + 1 >= text.length) return true;
      i += 2;
      continue;
    }
    if (c === '#' && (i === 0 || isSpace(text[i - 1]) || text[i - 1] === '\n' || text[i - 1] === ';')) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) return false;
      i = nl + 1;
      continue;
    }
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return true;
      i = end + 1;
      continue;
    }
    if (c === '"') {
      const end = skipDoubleQuoted(text, i + 1);
      if (end < 0) return true;
      i = end;
      continue;
    }
    if ((c === '$' && text[i + 1] === '(') || isProcessSubstitution(text, i)) {
      const end = skipCommandSubstitution(text, i + 2);
      if (end < 0) return true;
      i = end;
      continue;
    }
    if (c === '`') {
      const end = skipBackticks(text, i + 1);
      if (end < 0) return true;
      i = end;
      continue;
    }
    i++;
  }
  return false;
}

/** The delimiters of the here-documents (`<<EOF`, `<<-'EOF'`) a statement opens, in order. */
function heredocDelimiters(commands: readonly ShellWord[][]): { word: string; strip: boolean }[] {
  const out: { word: string; strip: boolean }[] = [];
  for (const words of commands) {
    words.forEach((w, k) => {
      const next = words[k + 1];
      if (w.raw !== '<<' || !next) return;
      const strip = next.raw.startsWith('-');
      const word = (next.literal ?? next.raw).replace(/^-/, '');
      if (word !== '') out.push({ word, strip });
    });
  }
  return out;
}

/**
 * Splits the physical lines of a bash block into logical statements. A statement that never closes (an unbalanced
 * quote) runs to the end of the block, exactly as bash would swallow the rest of the file, and carries an error.
 */
export function splitStatements(lines: readonly string[]): ShellStatement[] {
  const out: ShellStatement[] = [];
  let i = 0;
  while (i < lines.length) {
    const startLine = i + 1;
    let text = lines[i] as string;
    let j = i;
    while (isIncomplete(text) && j + 1 < lines.length) {
      j++;
      text += '\n' + (lines[j] as string);
    }
    const lexed = lexStatement(text);
    // A here-document's body is data, not commands: it runs up to the delimiter line.
    for (const { word, strip } of heredocDelimiters(lexed.commands)) {
      while (j + 1 < lines.length) {
        j++;
        text += '\n' + (lines[j] as string);
        if ((strip ? (lines[j] as string).replace(/^\t+/, '') : lines[j]) === word) break;
      }
    }
    out.push({ raw: text, line: startLine, endLine: j + 1, ...lexed });
    i = j + 1;
  }
  return out;
}
