/**
 * Sets options in an existing INI file's text the way `iniset` does (DevStack's `inc/ini-config`): the first
 * `key = value` line of the section is replaced in place, a missing key is added at the end of its section, a
 * missing section is appended. Everything else (comments, order, other sections) is kept byte for byte.
 */

/** One option to set. */
export interface IniSetting {
  section: string;
  key: string;
  value: string;
}

const SECTION = /^\s*\[([^\]]+)\]\s*$/;
const OPTION = /^\s*([^=#;\s][^=]*?)\s*=/;

/** Returns `text` with every setting applied (later settings win over earlier ones for the same key). */
export function setIniOptions(text: string, settings: readonly IniSetting[]): string {
  const trailingNewline = text === '' || text.endsWith('\n');
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  for (const s of settings) {
    if (/[\r\n]/.test(s.value) || /[\r\n[\]]/.test(s.section) || /[\r\n=]/.test(s.key)) {
      throw new Error(
        `INI option ${s.section}.${s.key}: line breaks, '=' in keys and brackets in sections are not allowed`,
      );
    }
    let current: string | undefined;
    let sectionEnd = -1;
    let done = false;
    for (let i = 0; i < lines.length; i++) {
      const header = SECTION.exec(lines[i]!);
      if (header) {
        current = header[1]!.trim();
        continue;
      }
      if (current !== s.section) continue;
      sectionEnd = i;
      const option = OPTION.exec(lines[i]!);
      if (option && option[1] === s.key) {
        lines[i] = `${s.key} = ${s.value}`;
        done = true;
        break;
      }
    }
    if (done) continue;
    const headerIndex = lines.findIndex((l) => SECTION.exec(l)?.[1]?.trim() === s.section);
    if (headerIndex < 0) {
      if (lines.length > 0 && lines[lines.length - 1]!.trim() !== '') lines.push('');
      lines.push(`[${s.section}]`, `${s.key} = ${s.value}`);
    } else {
      // after the section's last non-blank line
      let at = Math.max(headerIndex, sectionEnd);
      while (at > headerIndex && lines[at]!.trim() === '') at--;
      lines.splice(at + 1, 0, `${s.key} = ${s.value}`);
    }
  }
  return lines.join('\n') + (trailingNewline || lines.length > 0 ? '\n' : '');
}

/** Reads one option (`iniget`): the value of the first `key =` line of the section, trimmed; undefined if absent. */
export function getIniOption(text: string, section: string, key: string): string | undefined {
  let current: string | undefined;
  for (const line of text.split('\n')) {
    const header = SECTION.exec(line);
    if (header) {
      current = header[1]!.trim();
      continue;
    }
    if (current !== section) continue;
    const option = OPTION.exec(line);
    if (option && option[1] === key) return line.slice(line.indexOf('=') + 1).trim();
  }
  return undefined;
}

/** Returns `text` without the `key =` lines of the section (`inidelete`); other lines are kept byte for byte. */
export function removeIniOption(text: string, section: string, key: string): string {
  let current: string | undefined;
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const header = SECTION.exec(line);
    if (header) current = header[1]!.trim();
    else if (current === section && OPTION.exec(line)?.[1] === key) continue;
    kept.push(line);
  }
  return kept.join('\n');
}
