/**
 * What bash does with a piece of local.conf text that DevStack puts unquoted into an `eval`: the header's file name
 * (`eval "echo $configfile"` in merge_config_group and merge_config_file) and an INI section or key (the merge evals
 * `iniset <file> <section> <key> "<value>"`). Used by LC204 and LC512; verified against the DevStack double's
 * inc/meta-config in test/devstack/lint/eval-hazards.test.ts.
 */
import { lexStatement } from '../localconf/bash-words.js';
import { code } from './analysis.js';

/** Removes quoted text and (up to two levels of) command substitutions, leaving the shell operators bash acts on. */
function bareText(text: string): string {
  return text
    .replace(/\\./g, '')
    .replace(/'[^']*'/g, '')
    .replace(/"(?:[^"\\]|\\.)*"/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/\$\((?:[^()]|\([^()]*\))*\)/g, '');
}

/**
 * The effects unquoted `text` has inside an `eval`, as short phrases for a message: a command substitution runs a
 * command, `;` `&` `|` start another command, `<` `>` redirect. Empty when the text is harmless there (literal
 * text, `$VAR`, arithmetic `$((…))`). Unbalanced quotes are not reported here (LC508 covers them).
 */
export function evalEffects(text: string): string[] {
  const out: string[] = [];
  if (lexStatement(text).commands.some((words) => words.some((w) => w.executes)))
    out.push('the command substitution runs a command');
  const bare = bareText(text);
  const separators = [...new Set(bare.match(/[;&|]/g) ?? [])];
  if (separators.length)
    out.push(`${separators.map(code).join(' ')} ends the command and runs the rest as another one`);
  const redirects = [...new Set(bare.match(/[<>]/g) ?? [])];
  if (redirects.length) out.push(`${redirects.map(code).join(' ')} redirects to or from a file`);
  return out;
}
