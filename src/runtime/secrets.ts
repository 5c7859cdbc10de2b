/**
 * Secret masking. Every string that leaves the runtime (log lines, command output, command displays, error messages)
 * goes through a `SecretMasker`, so a secret registered once never shows up in a log, an annotation or a report.
 */

/** The replacement GitHub Actions uses for masked values. */
export const MASK = '***';

/** Options for {@link SecretMasker}. */
export interface SecretMaskerOptions {
  /**
   * Shortest line of a multi-line secret that is registered on its own (default 3). Whole values are always registered;
   * this only stops lines such as `{` or `}` of a JSON key file from masking every brace in the log.
   */
  minLineLength?: number;
}

/**
 * The strings to register with the GitHub runner for `value`. The runner masks each log line on its own, so a
 * multi-line secret (a private key) registered whole would never match: each line of it is registered instead
 * (lines shorter than `minLineLength` excepted, as in {@link SecretMasker.add}). A one-line value is returned as is.
 */
export function runnerMaskValues(value: string, minLineLength = 3): string[] {
  if (value.trim() === '') return [];
  const lines = value.split(/\r?\n|\r/);
  if (lines.length === 1) return [value];
  return [...new Set(lines.map((l) => l.trim()).filter((l) => l.length >= minLineLength))];
}

/** Registers secret values and replaces them with `***` in any text. */
export class SecretMasker {
  private readonly values = new Set<string>();
  private readonly minLineLength: number;
  /** Built lazily and dropped on every `add`, so `mask` stays cheap between registrations. */
  private pattern: RegExp | undefined;

  constructor(options: SecretMaskerOptions = {}) {
    this.minLineLength = options.minLineLength ?? 3;
  }

  /**
   * Registers `value`. Empty or whitespace-only values are ignored. Each line of a multi-line value is registered too
   * (lines shorter than `minLineLength` excepted), and so are the JSON-escaped and URL-encoded forms when they differ,
   * because secrets often reappear inside JSON documents or URLs.
   */
  add(value: string | undefined | null): void {
    if (typeof value !== 'string' || value.trim() === '') return;
    const before = this.values.size;
    this.values.add(value);
    const lines = value.split(/\r?\n|\r/);
    if (lines.length > 1) {
      for (const line of lines) {
        const trimmed = line.trim();
        if (trimmed.length >= this.minLineLength) this.values.add(trimmed);
      }
    }
    const jsonEscaped = JSON.stringify(value).slice(1, -1);
    if (jsonEscaped !== value) this.values.add(jsonEscaped);
    const urlEncoded = encodeURIComponent(value);
    if (urlEncoded !== value) this.values.add(urlEncoded);
    if (this.values.size !== before) this.pattern = undefined;
  }

  /** Replaces every registered value in `text` with `***`, longest values first so no fragment of a longer one leaks. */
  mask(text: string): string {
    if (this.values.size === 0 || text === '') return text;
    this.pattern ??= new RegExp(
      [...this.values]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
      'g',
    );
    return text.replace(this.pattern, MASK);
  }

  /** Number of registered values, derived forms included. */
  get size(): number {
    return this.values.size;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * The process-wide masker. Entry points use it; the runner and loggers take a masker by injection and fall back to
 * this one, so a secret added through any logger is masked by every runner sharing it.
 */
export const defaultMasker = new SecretMasker();
