/** Assignments in localrc: `NAME=v`, `NAME+=v`, and the `export`/`declare`/`local` forms. */
import type { ShellWord } from '../localconf/bash-words.js';
import type { LocalrcStatement } from '../localconf/model.js';

/** One assignment in localrc: `NAME=v`, `NAME+=v`, or `export NAME=v`. */
export interface Assignment {
  name: string;
  op: '=' | '+=';
  value: ShellWord;
  stmt: LocalrcStatement;
}

const ASSIGN_WORD = /^([A-Za-z_][A-Za-z0-9_]*)(\+?=)/;
const DECLARERS = new Set(['export', 'declare', 'typeset', 'readonly', 'local']);

/** The value part of an `export NAME=value` argument word. */
function valueOfArg(word: ShellWord, prefixLength: number): ShellWord {
  const raw = word.raw.slice(prefixLength);
  const out: ShellWord = { raw, expands: word.expands, executes: word.executes };
  if (word.literal !== undefined) out.literal = word.literal.slice(word.literal.indexOf('=') + 1);
  return out;
}

/** The assignments one command makes (none for a command that is not an assignment or a declaration). */
export function assignmentsOf(st: LocalrcStatement): Assignment[] {
  if (st.kind === 'assign' && st.name && st.op) {
    const value = st.value ?? { raw: '', literal: '', expands: false, executes: false };
    return [{ name: st.name, op: st.op, value, stmt: st }];
  }
  const out: Assignment[] = [];
  if (st.kind === 'call' && st.command && DECLARERS.has(st.command)) {
    for (const arg of st.args ?? []) {
      const m = ASSIGN_WORD.exec(arg.raw);
      if (m) out.push({ name: m[1] as string, op: m[2] as '=' | '+=', value: valueOfArg(arg, m[0].length), stmt: st });
    }
  }
  return out;
}

/** Every assignment in execution order, including `export NAME=value` forms. */
export function collectAssignments(statements: readonly LocalrcStatement[]): Assignment[] {
  return statements.flatMap(assignmentsOf);
}
