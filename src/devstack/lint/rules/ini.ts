/**
 * LC5xx: INI blocks as `merge_config_file`'s awk program reads them (docs/local-conf.md#ini-merge). Each key line
 * becomes `iniset <file> <section> <key> "<value>"`, which the merge runs through `eval` under errexit.
 */
import { lexStatement } from '../../localconf/bash-words.js';
import type { IniBlock, IniLine } from '../../localconf/model.js';
import { code, listText, type Analysis } from '../analysis.js';
import { evalEffects } from '../eval-text.js';
import { isDoubtful, valueClause, valueVariable } from '../value-variables.js';
import type { Draft } from '../types.js';
import type { Rule } from './rule.js';

const INDENTED_HEADER = /^[ \t]+\[\[.+\|.*\]\]/;

/** Every line of every merged INI block, with its block. */
function mergedLines(a: Analysis): { line: IniLine; block: IniBlock }[] {
  return a.mergeBlocks.flatMap((block) => block.lines.map((line) => ({ line, block })));
}

/** Key lines of merged blocks, as the awk program sees them. */
function keyLines(a: Analysis): { line: IniLine; block: IniBlock; key: string; value: string; section: string }[] {
  return mergedLines(a)
    .filter(({ line }) => line.kind === 'key')
    .map(({ line, block }) => ({
      line,
      block,
      key: line.key ?? '',
      value: line.value ?? '',
      section: line.inSection ?? '',
    }));
}

/** The command line the awk program prints for a key line (before `eval`). */
const inisetText = (file: string, section: string, key: string, value: string): string =>
  `iniset ${file} ${section} ${key} "${value}"`;

/** Value text with backslash escapes removed, for detecting live `$` and backticks (eval is in double quotes). */
const unescaped = (value: string): string => value.replace(/\\./g, '');

function perKey(
  a: Analysis,
  make: (k: ReturnType<typeof keyLines>[number]) => Omit<Draft, 'line'> | undefined,
): Draft[] {
  const out: Draft[] = [];
  for (const k of keyLines(a)) {
    const d = make(k);
    if (d) out.push({ line: k.line.line, ...d });
  }
  return out;
}

export const iniSemicolon: Rule = {
  id: 'LC501',
  name: 'ini-semicolon',
  severity: 'error',
  summary: 'A `;` comment line in an INI block becomes a shell command in the merge.',
  check: (a) =>
    perKey(a, ({ line, block, section, key, value }) =>
      line.raw.startsWith(';')
        ? {
            message: `DevStack has no ${code(';')} comments: this line becomes ${code(inisetText(block.header.file, section, key, value))}, and in the merge's eval the ${code(';')} ends the iniset and runs the rest as a command (${code('command not found')}, exit 127), which aborts stack.sh under errexit.`,
            fix: `Comment with ${code('#')} instead: ${code(`#${line.raw.slice(1)}`)}.`,
          }
        : undefined,
    ),
};

export const iniIndented: Rule = {
  id: 'LC502',
  name: 'ini-indented',
  severity: 'error',
  summary: 'An indented key line in an INI block is silently ignored.',
  check(a) {
    const out: Draft[] = [];
    for (const { line } of mergedLines(a)) {
      const t = line.raw.trim();
      if (
        line.kind !== 'ignored' ||
        t === '' ||
        t.startsWith('#') ||
        t.startsWith(';') ||
        INDENTED_HEADER.test(line.raw)
      )
        continue;
      out.push({
        line: line.line,
        message: `DevStack ignores indented lines in INI blocks: ${code(line.raw)} is never written (there are no continuation lines).`,
        fix: `Remove the leading whitespace: ${code(t)}.`,
      });
    }
    return out;
  },
};

export const iniInlineComment: Rule = {
  id: 'LC503',
  name: 'ini-inline-comment',
  severity: 'warning',
  summary: 'A `#` comment after a value is part of the value.',
  check: (a) =>
    perKey(a, ({ line, key, value }) => {
      const m = /(^|\s)#/.exec(value);
      if (!line.hasEquals || !m) return undefined;
      const before = value.slice(0, m.index).trim();
      return {
        message: `DevStack has no inline comments: the value written is ${code(value)}, so the file gets ${code(`${key} = ${value}`)}.`,
        fix: `Put the comment on its own line and write ${code(`${key} = ${before}`)}.`,
      };
    }),
};

export const iniKeyBeforeSection: Rule = {
  id: 'LC504',
  name: 'ini-key-before-section',
  severity: 'error',
  summary: 'A key line before any `[section]` corrupts the iniset arguments.',
  check: (a) =>
    perKey(a, ({ section, key, value, block }) =>
      section === ''
        ? {
            message: `Key before any [section]: DevStack emits ${code(`iniset ${block.header.file}  ${key} "${value}"`)} with an empty section, so after word splitting iniset takes ${code(key)} as the section and ${code(value)} as the option name.`,
            fix: `Add a section line (e.g. ${code('[DEFAULT]')}) above it.`,
          }
        : undefined,
    ),
};

export const iniKeyWhitespace: Rule = {
  id: 'LC505',
  name: 'ini-key-whitespace',
  severity: 'error',
  summary: 'A key containing whitespace splits into extra iniset arguments.',
  check: (a) =>
    perKey(a, ({ line, key, value, section }) => {
      // A key that runs shell syntax is LC512's: the argument split described here is not what happens.
      if (line.raw.startsWith(';') || !/\s/.test(key) || evalEffects(key).length) return undefined;
      const [opt, second] = key.split(/\s+/) as [string, string];
      return {
        message: `The key ${code(key)} contains whitespace: the merge evals ${code(`iniset … ${section} ${key} "${value}"`)} unquoted, so iniset sets option ${code(opt)} to ${code(second)} and the intended value is dropped.`,
        fix: `Option names have no spaces: write ${code(`${key.replace(/\s+/g, '_')} = ${value}`)} or the real option name.`,
      };
    }),
};

export const iniKeyWithoutEquals: Rule = {
  id: 'LC506',
  name: 'ini-key-without-equals',
  severity: 'warning',
  summary: 'A key line without `=` is written as `key = ` (empty value).',
  check: (a) =>
    perKey(a, ({ line, key }) =>
      line.hasEquals || line.raw.startsWith(';')
        ? undefined
        : {
            message: `No ${code('=')}: DevStack takes the whole line as the key and writes ${code(`${key} = `)} with an empty value.`,
            fix: `Write ${code(`${key} = <value>`)}, or comment the line out with ${code('#')}.`,
          },
    ),
};

export const iniSectionMisread: Rule = {
  id: 'LC507',
  name: 'ini-section-misread',
  severity: 'error',
  summary: 'A section line with spaces or trailing text: awk reads only `$1`.',
  check(a) {
    const out: Draft[] = [];
    for (const { line } of mergedLines(a)) {
      if (line.kind !== 'section' || line.raw.startsWith('[[')) continue; // `[[…` is LC104's
      const m = /^\[([^\]]*)\]/.exec(line.raw);
      if (!m) continue;
      const intended = (m[1] as string).trim();
      const rest = line.raw.slice(m[0].length).trim();
      const got = (line.section ?? '').replace(/\r$/, ''); // a CRLF `\r` is LC110's
      const trailing = rest !== '' && !rest.startsWith('#') && got === intended;
      if (got === intended && !trailing) continue;
      const what =
        got === ''
          ? 'an empty section, so the keys below get an empty section argument (see LC504)'
          : `section ${code(got)}`;
      out.push({
        line: line.line,
        message: trailing
          ? `DevStack reads section ${code(got)} and ignores ${code(rest)} after the ${code(']')} (awk uses only ${code('$1')}).`
          : `DevStack reads ${what} here, not ${code(intended)} (awk uses only the first whitespace-separated field, brackets removed).`,
        fix: trailing
          ? `Put ${code(rest)} on its own line below ${code(`[${got}]`)}.`
          : `Write the section alone on its line, with no spaces inside the brackets (section names cannot contain spaces for DevStack).`,
      });
    }
    return out;
  },
};

export const iniUnbalancedQuote: Rule = {
  id: 'LC508',
  name: 'ini-unbalanced-quote',
  severity: 'error',
  summary: 'An unbalanced `"` (or backtick / `$(`) in a key line aborts the merge eval.',
  check: (a) =>
    perKey(a, ({ block, section, key, value }) => {
      const errors = lexStatement(inisetText(block.header.file, section, key, value)).errors;
      if (!errors.length) return undefined;
      return {
        message: `The merge evals ${code(inisetText(block.header.file, section, key, value))} and its quoting does not balance (${errors[0]}): eval fails with ${code('unexpected EOF while looking for matching …')} (exit 2), which aborts stack.sh.`,
        fix: `Escape the character with a backslash (${code('\\"')}, ${code('\\`')}) or remove it.`,
      };
    }),
};

export const iniCommandSubstitution: Rule = {
  id: 'LC509',
  name: 'ini-command-substitution',
  severity: 'error',
  summary: 'Backticks or `$(` in an INI value execute during the merge.',
  check: (a) =>
    perKey(a, ({ value }) => {
      const live = unescaped(value);
      const m = /`[^`]*`?|\$\((?!\()[^)]*\)?/.exec(live);
      if (!m) return undefined;
      return {
        message: `The merge runs the value through eval, so ${code(m[0])} executes while stack.sh merges the file and the file gets its output, not this text.`,
        fix: `If the text is meant literally, escape it: ${code('\\$(')} / ${code('\\`')}.`,
      };
    }),
};

const VALUE_VAR = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*)|([0-9@*#?$!-]))/g;

export const iniVariableExpansion: Rule = {
  id: 'LC510',
  name: 'ini-variable-expansion',
  severity: 'warning',
  summary: '`$VAR` in an INI value expands during the merge (info when the variable is a known DevStack one).',
  check(a) {
    return perKey(a, ({ value }) => {
      const live = unescaped(value).replace(/\$\((?!\()[^)]*\)?/g, '');
      const vars = [...live.matchAll(VALUE_VAR)].map((m) => ({ text: m[0], name: m[1] ?? m[2] ?? m[3] ?? '' }));
      if (!vars.length) return undefined;
      const kinds = vars.map((v) => ({ ...v, kind: valueVariable(a, v.name) }));
      const clauses = kinds.map((v) => valueClause(v.text, v.kind)).filter((c): c is string => c !== undefined);
      const texts = vars.map((v) => code(v.text)).join(', ');
      return {
        severity: kinds.some((v) => isDoubtful(v.kind)) ? 'warning' : 'info',
        message:
          `The merge evals the value, so ${texts} expand${vars.length === 1 ? 's' : ''} when the block is merged (the file never contains the ${code('$')} text)` +
          (clauses.length ? `: ${clauses.join('; ')}.` : '.'),
        fix: `If the ${code('$')} is meant literally, write ${code('\\$')}.`,
      };
    });
  },
};

export const iniDuplicateKey: Rule = {
  id: 'LC511',
  name: 'ini-duplicate-key',
  severity: 'warning',
  summary: 'The same key twice for one file+section becomes a multi-valued option.',
  check(a) {
    const out: Draft[] = [];
    const first = new Map<string, { line: number; value: string }>();
    for (const k of keyLines(a)) {
      const id = [k.block.header.phase, k.block.header.file, k.section, k.key].join('\u0000');
      const prev = first.get(id);
      if (!prev) {
        first.set(id, { line: k.line.line, value: k.value });
        continue;
      }
      out.push({
        line: k.line.line,
        message: `${code(k.key)} is already set in [${k.section}] of ${code(k.block.header.file)} at line ${prev.line}: the merge turns it into a multi-valued option (inidelete, iniset with the last value, iniadd_literal for the others), so the file gets both ${code(`${k.key} = ${prev.value}`)} and ${code(`${k.key} = ${k.value}`)}; the last one does not win, contrary to the devstack docs.`,
        fix: `Keep one ${code(`${k.key} = …`)} line (ignore this only for a deliberate multi-valued option).`,
      });
    }
    return out;
  },
};

/** LC512 for a key line: shell syntax in the key (or the start of a line, which is LC501's). */
function keyExecutes(k: ReturnType<typeof keyLines>[number]): Omit<Draft, 'line'> | undefined {
  const { line, block, section, key } = k;
  if (line.raw.startsWith(';') || lexStatement(key).errors.length) return undefined; // LC501 / LC508
  const effects = evalEffects(key);
  if (!effects.length) return undefined;
  return {
    message: `The merge evals ${code(inisetText(block.header.file, section, key, '…'))} with the key unquoted, so in the key ${code(key)} ${listText(effects)}, on the host, while stack.sh merges ${code(block.header.file)}; local.conf text must never execute.`,
    fix: `Write the real option name: letters, digits, ${code('_')}, ${code('.')} and ${code('-')} only.`,
  };
}

export const iniNameExecutes: Rule = {
  id: 'LC512',
  name: 'ini-name-executes',
  severity: 'error',
  summary: 'A section name or key with `$(…)`, backticks, `;`, `&`, `|`, `<` or `>`: the merge evals it unquoted.',
  check(a) {
    const out = perKey(a, keyExecutes);
    for (const block of a.mergeBlocks) {
      for (const line of block.lines) {
        const name = line.kind === 'section' && !line.raw.startsWith('[[') ? (line.section ?? '') : '';
        const effects = evalEffects(name);
        if (!effects.length || lexStatement(name).errors.length) continue;
        // awk only emits iniset lines for keys: a section without keys is never evaluated.
        const keys = block.lines.filter((l) => l.kind === 'key' && l.line > line.line && l.inSection === name);
        if (!keys.length) continue;
        out.push({
          line: line.line,
          message: `The merge evals ${code(inisetText(block.header.file, name, '<key>', '…'))} for every key of this section (${keys.length} key line${keys.length > 1 ? 's' : ''}), with the section unquoted, so in ${code(name)} ${listText(effects)}, on the host, while stack.sh merges ${code(block.header.file)}; local.conf text must never execute.`,
          fix: `Write the real section name: letters, digits, ${code('_')}, ${code('.')} and ${code('-')} only (e.g. ${code('[DEFAULT]')}).`,
        });
      }
    }
    return out.sort((x, y) => x.line - y.line);
  },
};

export const INI_RULES: readonly Rule[] = [
  iniSemicolon,
  iniIndented,
  iniInlineComment,
  iniKeyBeforeSection,
  iniKeyWhitespace,
  iniKeyWithoutEquals,
  iniSectionMisread,
  iniUnbalancedQuote,
  iniCommandSubstitution,
  iniVariableExpansion,
  iniDuplicateKey,
  iniNameExecutes,
];
