/** `kdf lint FILE... [--format text|json]`: every local.conf pitfall DevStack would misread. Exit 1 on an error. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError } from '../../runtime/errors.js';
import { parseDistroId } from '../../devstack/distro.js';
import { decodeText } from '../../runtime/fragment-file.js';
import { formatText, lintMany, RULE_INFO, toJson, type LintFinding } from '../../devstack/lint/index.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, type CliIo } from '../io.js';

export const LINT_HELP = `Usage: kdf lint FILE... [options]

Checks local.conf files for everything DevStack would misread (rules: kdf lint --list-rules).

  --format F      text (default) | json: [{file,line,endLine,rule,severity,message}]
  --era E         df (default: the 2020 devstack the Dragonflow samples ran on) | newest
  --distro D      target distro (enables host checks such as gawk), e.g. ubuntu-18.04
  --no-bash       skip the real 'bash -n' syntax check of localrc
  --list-rules    print the rule table and exit

Exit codes: 0 no error findings, 1 at least one error, 2 configuration error (bad flag, unreadable or binary file).`;

const OPTIONS = {
  format: { type: 'string' },
  era: { type: 'string' },
  distro: { type: 'string' },
  'no-bash': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The text of one file argument; an unreadable or binary file is a configuration error. */
function readLocalConf(cwd: string, file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, file));
  } catch (err) {
    throw new ConfigurationError(`Cannot read '${file}': ${(err as NodeJS.ErrnoException).code ?? String(err)}.`, file);
  }
  return decodeText(bytes, `'${file}'`, file);
}

/** Runs `kdf lint`; returns the exit code. */
export async function lintCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('lint', argv, OPTIONS, true);
  if (values.help) {
    io.stdout.write(LINT_HELP + '\n');
    return EXIT.ok;
  }
  if (values['list-rules']) {
    for (const r of RULE_INFO) io.stdout.write(`${r.id}  ${r.severity.padEnd(7)}  ${r.name}: ${r.summary}\n`);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new ConfigurationError(`--format must be text or json; got '${format}'.`, '--format');
  }
  const era = values.era ?? 'df';
  if (era !== 'df' && era !== 'newest')
    throw new ConfigurationError(`--era must be df or newest; got '${era}'.`, '--era');
  if (positionals.length === 0) throw new ConfigurationError('give at least one local.conf file.', 'FILE');
  const distroFamily = values.distro ? parseDistroId(values.distro).family : undefined;
  const inputs = positionals.map((file) => ({ file, text: readLocalConf(io.cwd, file) }));
  // All files at once: bash checks them in a few processes while the static rules run (issue #18).
  const perFile = await lintMany(inputs, { era, distroFamily }, values['no-bash'] ? { syntaxCheck: false } : {});
  const findings: LintFinding[] = perFile.flat();
  if (format === 'json') io.stdout.write(JSON.stringify(toJson(findings), null, 2) + '\n');
  else if (findings.length) io.stdout.write(formatText(findings) + '\n');
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (format === 'text') {
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    io.stderr.write(
      `${positionals.length} file(s): ${errors} error(s), ${warnings} warning(s), ${findings.length - errors - warnings} info\n`,
    );
  }
  return errors > 0 ? EXIT.findings : EXIT.ok;
}
