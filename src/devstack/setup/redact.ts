/**
 * Redaction of the diagnostics bundle. Two layers, because a bundle is uploaded as an artifact that GitHub does not
 * mask: (1) every secret VALUE the host's own files name (local.conf, .stackenv, clouds.yaml, the service configs)
 * plus the ones the caller registered is replaced wherever it appears, in any file; (2) whatever still LOOKS like a
 * secret (a password assignment, an INI/YAML password key, credentials in a URL) is replaced by pattern, so a value
 * no file named (a password typed into a log by a plugin) is caught too.
 */
import { parse as parseYaml } from 'yaml';
import { MASK, type SecretMasker } from '../../runtime/secrets.js';

/** Shell/localrc variable names whose values are secrets: `*PASSWORD*`, `*SECRET*`, `*_TOKEN`, `SERVICE_TOKEN`. */
const SECRET_VAR = String.raw`[A-Z0-9_]*(?:PASSWORD|SECRET)[A-Z0-9_]*|[A-Z0-9_]*_TOKEN|SERVICE_TOKEN`;
/** INI/YAML key names whose values are secrets (`password`, `admin_password`, `memcache_secret_key`, `token`). */
const SECRET_KEY = String.raw`[\w.-]*(?:password|passwd|secret|secret_key)|(?:[\w.-]*_)?token`;

/** `NAME=value` (localrc, .stackenv, `export`, a shell trace) anywhere on a line. */
const VAR_ASSIGNMENT = new RegExp(String.raw`\b(${SECRET_VAR})(\s*\+?=\s*)("[^"\n]*"|'[^'\n]*'|[^\s'";]*)`, 'g');
/** `key = value` / `key: value` at the start of a line (INI, YAML). */
const KEY_ASSIGNMENT = new RegExp(String.raw`^(\s*(?:${SECRET_KEY})\s*[=:][ \t]*)(\S.*)$`, 'gim');
/** `scheme://user:password@` */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@'"]+:)([^\s@/'"]+)@/gi;

/** Values too short or too generic to mask everywhere (they would blank out unrelated text). */
function worthMasking(value: string): boolean {
  const v = value.trim();
  return v.length >= 4 && !v.startsWith('$') && v !== MASK && !/^(?:true|false|none|null)$/i.test(v);
}

const unquote = (v: string): string => v.trim().replace(/^(["'])(.*)\1$/, '$2');

/**
 * The secret values named in `text`: secret variable assignments (localrc, .stackenv), secret INI/YAML keys and
 * URL credentials. Works on any text file; short or placeholder values (`$ADMIN_PASSWORD`, `True`) are left out.
 */
export function secretValuesIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(VAR_ASSIGNMENT)) found.add(unquote(m[3] ?? ''));
  for (const m of text.matchAll(KEY_ASSIGNMENT)) found.add(unquote(m[2] ?? ''));
  for (const m of text.matchAll(URL_CREDENTIALS)) found.add(m[2] ?? '');
  return [...found].filter(worthMasking);
}

/** The secret values of a clouds.yaml: every `password`, `application_credential_secret` and `token`, at any depth. */
export function cloudsYamlSecrets(text: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (/^(?:password|application_credential_secret|token)$/i.test(key) && typeof value === 'string') {
          found.push(value);
        } else walk(value);
      }
    }
  };
  try {
    walk(parseYaml(text));
  } catch {
    // not YAML after all: the line patterns still apply
  }
  return [...new Set([...found, ...secretValuesIn(text)])].filter(worthMasking);
}

/** `text` with every registered value and every secret-looking assignment or URL credential replaced by `***`. */
export function redactText(text: string, masker: SecretMasker): string {
  return masker
    .mask(text)
    .replace(VAR_ASSIGNMENT, (_m, name: string, op: string) => `${name}${op}${MASK}`)
    .replace(KEY_ASSIGNMENT, (_m, key: string) => `${key}${MASK}`)
    .replace(URL_CREDENTIALS, (_m, head: string) => `${head}${MASK}@`);
}
