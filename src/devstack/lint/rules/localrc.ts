/**
 * LC30x (syntax part): localrc is sourced by bash before `errexit` is on (docs/local-conf.md#how-localrc-is-read), so a
 * broken line only prints an error and stack.sh carries on without the setting. LC301/LC313 come from the real
 * `bash -n` check (`checkLocalrcSyntax`); the rest are static.
 */
import type { ShellWord } from '../../localconf/bash-words.js';
import type { LocalrcStatement } from '../../localconf/model.js';
import { code, type Analysis } from '../analysis.js';
import type { Draft } from '../types.js';
import { SECRET_NAME } from './credentials.js';
import type { Rule } from './rule.js';

const VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `KEY=value` with the value quoted when it holds whitespace. */
function assignmentText(name: string, op: string, value: string): string {
  return /\s/.test(value) && !/^["']/.test(value) ? `${name}${op}"${value}"` : `${name}${op}${value}`;
}

export const localrcSyntax: Rule = {
  id: 'LC301',
  name: 'localrc-syntax',
  severity: 'error',
  summary: '`bash -n` reports a syntax error in the extracted localrc (checkLocalrcSyntax).',
  check: () => [],
};

export const localrcSyntaxUnchecked: Rule = {
  id: 'LC313',
  name: 'localrc-syntax-unchecked',
  severity: 'info',
  summary: '`bash -n` could not be run, so the localrc syntax was not checked (checkLocalrcSyntax).',
  check: () => [],
};

/** LC302's fix, with the value left out: it may be a password, and annotations are not masked. */
function spacedFix(name: string, op: string, value: string): string {
  const placeholder = /\s/.test(value) && !/^["']/.test(value) ? '"<value>"' : '<value>';
  return `Write ${code(`${name}${op}${placeholder}`)} with no space around ${code(op)}.`;
}

/** A redirection operator word (`<`, `>`, `>>`, `2>`…) as the lexer leaves it. */
export const isRedirection = (w: ShellWord | undefined): boolean =>
  w !== undefined && /^(?:\d*[<>]+&?|&>)$/.test(w.raw);

function spacedAssignment(st: LocalrcStatement): Draft | undefined {
  const args = st.args ?? [];
  const first = args[0];
  if (st.kind === 'call' && st.command && VAR_NAME.test(st.command) && first && /^\+?=/.test(first.raw)) {
    const name = st.command;
    const op = first.raw.startsWith('+=') ? '+=' : '=';
    const value = [first.raw.slice(op.length), ...args.slice(1).map((w) => w.raw)].filter(Boolean).join(' ');
    return {
      line: st.line,
      endLine: st.endLine,
      message: `Spaces around ${code(op)}: bash runs ${code(name)} as a command (${code(`${name}: command not found`)}) and ${name} stays unset; stack.sh does not stop.`,
      fix: spacedFix(name, op, value),
    };
  }
  const head = st.command ?? '';
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?=)$/.exec(head);
  // `NAME=<value>`: the `<` is a redirection, not a space (LC316 explains it).
  if (st.kind === 'other' && m && args.length > 0 && !isRedirection(args[0])) {
    const value = args.map((w) => w.raw).join(' ');
    return {
      line: st.line,
      endLine: st.endLine,
      message: `Space after ${code(m[2] as string)}: bash runs the first word after it as a command with ${m[1]} set only in that command's environment; ${m[1]} stays unset.`,
      fix: spacedFix(m[1] as string, m[2] as string, value),
    };
  }
  return undefined;
}

export const assignSpaces: Rule = {
  id: 'LC302',
  name: 'assign-spaces',
  severity: 'error',
  summary: '`KEY = value` in localrc runs KEY as a command.',
  check: (a: Analysis) => a.statements.map(spacedAssignment).filter((d): d is Draft => d !== undefined),
};

export const unbalancedQuote: Rule = {
  id: 'LC303',
  name: 'unbalanced-quote',
  severity: 'error',
  summary: 'An unterminated quote or substitution swallows the rest of localrc.',
  check(a) {
    const out: Draft[] = [];
    for (const b of a.localrcBlocks) {
      for (const st of b.statements) {
        for (const err of st.errors) {
          out.push({
            line: st.line,
            endLine: st.endLine,
            message: `${err[0]?.toUpperCase() ?? ''}${err.slice(1)}: bash reads lines ${st.line}–${st.endLine} (to the end of the block) as one unfinished statement and stops sourcing with a syntax error; errexit is not on yet, so stack.sh continues without any of these settings.`,
            fix: 'Close the quote on the line where it opens (or escape it with a backslash).',
          });
        }
      }
    }
    return out;
  },
};

const COMMENTED_SPACED = /^\s*#+\s*([A-Z][A-Z0-9]*_[A-Z0-9_]*)\s+(\+?=)\s*(.*?)\s*$/;

export const commentedAssignSpaces: Rule = {
  id: 'LC311',
  name: 'commented-assign-spaces',
  severity: 'info',
  summary: 'A commented-out setting written `KEY = value`: invalid if uncommented as is.',
  check(a) {
    const out: Draft[] = [];
    for (const st of a.localrcBlocks.flatMap((b) => b.statements)) {
      if (st.kind !== 'comment') continue;
      st.raw.split('\n').forEach((text, i) => {
        const m = COMMENTED_SPACED.exec(text);
        if (!m) return;
        const [, name, op, value] = m as unknown as [string, string, string, string];
        out.push({
          line: st.line + i,
          message: `Commented-out setting with spaces around ${code(op)}: uncommented as written, bash would run ${code(name)} as a command and leave it unset.`,
          // a commented-out password is still a password: the fix shows its shape, not its value
          fix: `Write it as ${code(`# ${assignmentText(name, op, SECRET_NAME.test(name) ? '<value>' : value)}`)}.`,
        });
      });
    }
    return out;
  },
};

const WORKFLOW_NOTE = 'a value that reaches local.conf from a workflow input must never execute';

/** The variable a word assigns (`NAME=…`, as in `export NAME=…` or an env prefix), if any. */
const assignedName = (w: ShellWord): string | undefined => /^([A-Za-z_][A-Za-z0-9_]*)\+?=/.exec(w.raw)?.[1];

/** LC314 for one statement: the command word first (command position), then values and arguments. */
function substitutionFinding(st: LocalrcStatement): Draft | undefined {
  const at = { line: st.line, endLine: st.endLine };
  const head = st.commandWord;
  if (head?.executes && st.kind === 'call') {
    // At command position the output of the substitution is run as a command in its turn.
    return {
      ...at,
      message: `${code(head.raw)} starts a command: bash runs the substitution while stack.sh sources localrc, then runs its output as a command too; ${WORKFLOW_NOTE}.`,
      fix: 'Remove the line: localrc should only set variables and call enable_service/enable_plugin. Compute anything else in the workflow and pass literals (kdf plan --set NAME=value).',
    };
  }
  const words = [...(st.value ? [st.value] : []), ...(head && st.kind === 'other' ? [head] : []), ...(st.args ?? [])];
  const w = words.find((x) => x.executes);
  if (!w) return undefined;
  // Never show the text of a secret: name the variable instead.
  const name = w === st.value ? st.name : assignedName(w);
  const shownText = name && SECRET_NAME.test(name) ? `the value of ${code(name)}` : code(w.raw);
  return {
    ...at,
    message: `${shownText} runs a command on the host while stack.sh sources localrc; ${WORKFLOW_NOTE}.`,
    fix: 'Compute the value in the workflow and pass the literal (kdf plan --set NAME=value), or escape it (`\\$(`) if the text is meant literally.',
  };
}

export const commandSubstitution: Rule = {
  id: 'LC314',
  name: 'localrc-command-substitution',
  severity: 'error',
  summary: '`$(…)`, backticks or `<(…)` in localrc run a command while stack.sh sources it (`$((…))` does not).',
  check(a) {
    const out: Draft[] = [];
    for (const st of a.statements) {
      if (st.kind !== 'assign' && st.kind !== 'call' && st.kind !== 'other') continue;
      const d = substitutionFinding(st);
      if (d) out.push(d);
    }
    return out;
  },
};

export const LOCALRC_SYNTAX_RULES: readonly Rule[] = [
  commandSubstitution,
  localrcSyntax,
  assignSpaces,
  unbalancedQuote,
  commentedAssignSpaces,
  localrcSyntaxUnchecked,
];
