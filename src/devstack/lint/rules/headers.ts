/**
 * LC1xx: meta-section headers (docs/local-conf.md#meta-section-headers, docs/local-conf.md#how-localrc-is-read).
 * DevStack's awk recognises `/^\[\[.+\|.*\]\]/` at column 0, reads only `$1`, strips the brackets and splits on `|`.
 */
import type { IniBlock, MetaBlock, MetaHeader } from '../../localconf/model.js';
import { PHASES } from '../../localconf/model.js';
import { code, localrcLines, shown, type Analysis } from '../analysis.js';
import { closest } from '../known-variables.js';
import type { Draft } from '../types.js';
import type { Rule } from './rule.js';

const INDENTED_HEADER = /^[ \t]+\[\[.+\|.*\]\]/;
const MERGED_PHASES_TEXT = PHASES.join(', ');

/** The header as the author meant it: text between `[[` and the first `]]`, split on the first `|`, trimmed. */
export function intendedHeader(raw: string): { phase: string; file: string } | undefined {
  const m = /^\s*\[\[(.*?)\]\]/.exec(raw);
  if (!m) return undefined;
  const inner = m[1] as string;
  const bar = inner.indexOf('|');
  if (bar < 0) return undefined;
  return { phase: inner.slice(0, bar).trim(), file: inner.slice(bar + 1).trim() };
}

/** True when awk reads a different group or file than the author wrote (whitespace or trailing text). */
function misread(h: MetaHeader): boolean {
  const want = intendedHeader(h.raw);
  const file = h.file.replace(/\r$/, ''); // a CRLF `\r` is LC110's
  return want !== undefined && (want.phase !== h.phase || want.file !== file);
}

/** Where a stray line ends up, for messages. */
function destination(prev: MetaBlock | undefined): string {
  if (!prev) return 'DevStack ignores it and every line up to the next real header (they are before the first header)';
  if (prev.kind === 'localrc') return 'it stays in localrc, where bash sources it and the lines after it as commands';
  return `DevStack ignores it, and the lines after it stay in the ${code(prev.header.raw.trim())} block (line ${prev.header.line}), so they are merged into that file`;
}

/** Visits every physical line with the block it belongs to (undefined = preamble). */
function eachLine(a: Analysis, visit: (text: string, line: number, block: MetaBlock | undefined) => void): void {
  a.conf.preamble.forEach((text, i) => visit(text, i + 1, undefined));
  for (const b of a.conf.blocks) {
    if (b.kind === 'localrc') localrcLines(b).forEach((l) => visit(l.text, l.line, b));
    else b.lines.forEach((l) => visit(l.raw, l.line, b));
  }
}

export const headerIndented: Rule = {
  id: 'LC101',
  name: 'header-indented',
  severity: 'error',
  summary: 'A `[[phase|file]]` header that does not start in column 0 is not a header.',
  check(a) {
    const out: Draft[] = [];
    eachLine(a, (text, line, block) => {
      if (!INDENTED_HEADER.test(text)) return;
      out.push({
        line,
        message: `Not a header: DevStack only recognises ${code('[[phase|file]]')} in column 0; ${destination(block)}.`,
        fix: `Remove the indentation: ${code(text.trim())}.`,
      });
    });
    return out;
  },
};

export const headerSpacing: Rule = {
  id: 'LC102',
  name: 'header-spacing',
  severity: 'error',
  summary: 'Whitespace inside `[[ ]]`/around `|`, or text glued after `]]`: awk reads only `$1`.',
  check(a) {
    const out: Draft[] = [];
    for (const b of a.conf.blocks) {
      const h = b.header;
      const want = intendedHeader(h.raw);
      if (!want || !misread(h)) continue;
      let effect: string;
      if (h.phase === '') effect = 'the block is never merged, and it still ends the previous block';
      else if (h.file === '')
        effect = `the empty file name vanishes in merge_config_group's word splitting, so the block is never merged`;
      else if (!(PHASES as readonly string[]).includes(h.phase)) effect = `group ${code(h.phase)} is never merged`;
      else effect = `DevStack uses ${code(h.file)} instead of ${code(want.file)}`;
      out.push({
        line: h.line,
        message: `DevStack reads only the first whitespace-separated field of a header (awk ${code('$1')}), so this is group ${shown(h.phase)} and file ${shown(h.file)}: ${effect}.`,
        fix: `Write ${code(`[[${want.phase}|${want.file}]]`)} exactly: no spaces inside the brackets and nothing glued after ${code(']]')}.`,
      });
    }
    return out;
  },
};

export const headerEmptyPart: Rule = {
  id: 'LC103',
  name: 'header-empty-part',
  severity: 'error',
  summary: 'A header with an empty group or file name is never merged.',
  check(a) {
    const out: Draft[] = [];
    for (const b of a.conf.blocks) {
      const h = b.header;
      if (misread(h) || (h.phase !== '' && h.file !== '')) continue;
      const what =
        h.phase === ''
          ? 'the group is empty, so no phase ever merges this block (it still ends the previous block)'
          : `the file name is empty; merge_config_group's word splitting drops it, so this ${code(h.phase)} block is never merged`;
      out.push({
        line: h.line,
        message: `Header ${code(h.raw.trim())}: ${what}.`,
        fix:
          h.phase === ''
            ? `Name a phase: ${code(`[[post-config|${h.file}]]`)}.`
            : `Name the target file: ${code(`[[${h.phase}|$NOVA_CONF]]`)} or an absolute path.`,
      });
    }
    return out;
  },
};

export const headerMalformed: Rule = {
  id: 'LC104',
  name: 'header-malformed',
  severity: 'error',
  summary: 'A column-0 line starting with `[[` that DevStack does not recognise as a header.',
  check(a) {
    const out: Draft[] = [];
    eachLine(a, (text, line, block) => {
      // In localrc, `[[ test ]]` (space after `[[`) is a legal bash conditional.
      if (!(block?.kind === 'localrc' ? /^\[\[\S/ : /^\[\[/).test(text)) return;
      const inner = text
        .replace(/^\[\[/, '')
        .replace(/\]\].*$/, '')
        .trim();
      let where: string;
      if (!block) where = 'DevStack ignores it (it is before the first header)';
      else if (block.kind === 'localrc') where = 'bash sources it as a command (`command not found`)';
      else
        where = `DevStack reads it as section ${shown((text.split(/[ \t]+/)[0] ?? '').replace(/[[\]]/g, ''))} of the ${code(block.header.raw.trim())} block`;
      out.push({
        line,
        message: `Not a header: DevStack needs ${code('[[phase|file]]')} with a ${code('|')}; ${where}.`,
        fix:
          inner === 'local' || inner === 'localrc'
            ? `Write ${code('[[local|localrc]]')}.`
            : `Write ${code('[[post-config|<file>]]')} (phase, ${code('|')}, file).`,
      });
    });
    return out;
  },
};

export const unknownPhase: Rule = {
  id: 'LC105',
  name: 'unknown-phase',
  severity: 'error',
  summary: 'A header group that is not one of local, post-config, extra, post-extra, test-config.',
  check(a) {
    const out: Draft[] = [];
    for (const b of a.conf.blocks) {
      const h = b.header;
      if (misread(h) || h.phase === '' || (PHASES as readonly string[]).includes(h.phase)) continue;
      const guess = closest(h.phase.toLowerCase().replace(/_/g, '-'), PHASES, 3);
      out.push({
        line: h.line,
        message: `DevStack never merges group ${code(h.phase)} (it merges only ${MERGED_PHASES_TEXT}): this block is ignored.`,
        fix: guess ? `Use ${code(`[[${guess}|${h.file}]]`)}.` : `Use one of ${MERGED_PHASES_TEXT}.`,
      });
    }
    return out;
  },
};

export const localNotLocalrc: Rule = {
  id: 'LC106',
  name: 'local-not-localrc',
  severity: 'error',
  summary: '`[[local|x]]` with x other than `localrc` is ignored.',
  check(a) {
    const out: Draft[] = [];
    for (const b of a.conf.blocks) {
      const h = b.header;
      if (misread(h) || h.phase !== 'local' || h.file === '' || h.file.replace(/\r$/, '') === 'localrc') continue;
      const n = (b as IniBlock).lines.filter((l) => l.kind !== 'blank' && l.kind !== 'comment').length;
      out.push({
        line: h.line,
        message: `Only ${code('[[local|localrc]]')} is extracted into .localrc.auto; ${code(h.raw.trim())} is ignored, so its ${n} setting line(s) never run.`,
        fix: `Rename the header to ${code('[[local|localrc]]')}.`,
      });
    }
    return out;
  },
};

export const localrcMissing: Rule = {
  id: 'LC107',
  name: 'localrc-missing',
  severity: 'info',
  summary: 'No `[[local|localrc]]` block.',
  check(a) {
    if (a.localrcBlocks.length > 0) return [];
    return [
      {
        line: 1,
        message:
          'No [[local|localrc]] block: stack.sh uses a separate `localrc` file if one exists; otherwise it runs with the default services and prompts for every password (which hangs CI).',
        fix: 'Add a `[[local|localrc]]` block that sets at least ADMIN_PASSWORD, DATABASE_PASSWORD, RABBIT_PASSWORD and SERVICE_PASSWORD.',
      },
    ];
  },
};

export const localrcMultiple: Rule = {
  id: 'LC108',
  name: 'localrc-multiple',
  severity: 'warning',
  summary: 'More than one `[[local|localrc]]` block.',
  check(a) {
    const [first, ...rest] = a.localrcBlocks;
    if (!first) return [];
    return rest.map((b) => ({
      line: b.header.line,
      message: `Second [[local|localrc]] block (the first is at line ${first.header.line}): extract_localrc_section concatenates every localrc block in file order into .localrc.auto, so this one continues the earlier one as a single bash script (from reading inc/meta-config); a plugin enabled in both is fatal.`,
      fix: 'Merge the blocks into one [[local|localrc]] block.',
    }));
  },
};

export const preambleIgnored: Rule = {
  id: 'LC109',
  name: 'preamble-ignored',
  severity: 'warning',
  summary: 'Settings before the first header are ignored.',
  check(a) {
    const out: Draft[] = [];
    let start = 0;
    let end = 0;
    const flush = (): void => {
      if (start) {
        out.push({
          line: start,
          endLine: end,
          message: 'DevStack ignores everything before the first [[phase|file]] header: these lines are never read.',
          fix: 'Move them under `[[local|localrc]]` (bash settings) or under an INI header, or comment them out.',
        });
      }
      start = 0;
    };
    a.conf.preamble.forEach((text, i) => {
      const line = i + 1;
      const content = text.trim() !== '' && !text.trim().startsWith('#') && !/^\s*\[\[/.test(text);
      if (!content) return flush();
      if (!start) start = line;
      end = line;
    });
    flush();
    return out;
  },
};

export const crlfLineEndings: Rule = {
  id: 'LC110',
  name: 'crlf-line-endings',
  severity: 'error',
  summary: 'Windows (CRLF) line endings: bash and awk keep the carriage return.',
  check(a) {
    const crlf: number[] = [];
    a.conf.blocks.forEach((b) => b.header.raw.endsWith('\r') && crlf.push(b.header.line));
    eachLine(a, (text, line) => text.endsWith('\r') && crlf.push(line));
    if (!crlf.length) return [];
    const first = Math.min(...crlf);
    return [
      {
        line: first,
        message: `${crlf.length} line(s) end in CRLF (first at line ${first}): awk reads ${code('[[local|localrc]]\\r')} as file ${code('localrc\\r')}, so DevStack ignores the localrc block, and bash keeps the carriage return in every localrc value and command (${code('ADMIN_PASSWORD=pass\\r')}, ${code('enable_service q-svc\\r')}), and awk keeps it in header file specs and INI values.`,
        fix: `Convert the file to LF line endings (${code('sed -i "s/\\r$//" local.conf')}, or ${code('git config core.autocrlf input')}).`,
      },
    ];
  },
};

export const HEADER_RULES: readonly Rule[] = [
  crlfLineEndings,
  headerIndented,
  headerSpacing,
  headerEmptyPart,
  headerMalformed,
  unknownPhase,
  localNotLocalrc,
  localrcMissing,
  localrcMultiple,
  preambleIgnored,
];
