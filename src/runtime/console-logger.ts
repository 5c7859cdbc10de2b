/** The `Logger` for the CLI: plain text on a stream (stderr by default), compiler-style locations, group timings. */
import { formatDuration } from './duration.js';
import type { AnnotationProperties, Logger } from './logger.js';
import { defaultMasker, type SecretMasker } from './secrets.js';

/** Anything with a string `write`, such as `process.stderr` or a test buffer. */
export interface TextSink {
  write(chunk: string): unknown;
}

/** Options of {@link ConsoleLogger}. */
export interface ConsoleLoggerOptions {
  /** Where log lines go (default `process.stderr`, keeping stdout for command output). */
  stream?: TextSink;
  /** Masks every line (default: the process-wide masker). */
  masker?: SecretMasker;
  /** Only warnings, errors and failed groups. */
  quiet?: boolean;
  /** Also debug lines. */
  verbose?: boolean;
  /** Clock in milliseconds, for group timings (default `performance.now`). */
  now?: () => number;
}

/**
 * Writes `debug: `/`notice: `/`warning: `/`error: ` prefixed lines (info has no prefix), `file:line: warning: ...`
 * for located annotations, and indents lines inside groups.
 */
export class ConsoleLogger implements Logger {
  private readonly stream: TextSink;
  private readonly masker: SecretMasker;
  private readonly quiet: boolean;
  private readonly verbose: boolean;
  private readonly now: () => number;
  private depth = 0;

  constructor(options: ConsoleLoggerOptions = {}) {
    this.stream = options.stream ?? process.stderr;
    this.masker = options.masker ?? defaultMasker;
    this.quiet = options.quiet ?? false;
    this.verbose = options.verbose ?? false;
    this.now = options.now ?? (() => performance.now());
  }

  /** Shown only with `verbose`. */
  debug(message: string): void {
    if (this.verbose) this.write(`debug: ${message}`);
  }

  /** Suppressed by `quiet`. */
  info(message: string): void {
    if (!this.quiet) this.write(message);
  }

  /** Suppressed by `quiet`. */
  notice(message: string, props?: AnnotationProperties): void {
    if (!this.quiet) this.write(annotation('notice', message, props));
  }

  /** Always shown. */
  warning(message: string, props?: AnnotationProperties): void {
    this.write(annotation('warning', message, props));
  }

  /** Always shown. */
  error(message: string, props?: AnnotationProperties): void {
    this.write(annotation('error', message, props));
  }

  /** Prints `▶ name`, runs `fn` with indented output, then `✓ name (1.2s)` or `✗ name (failed after 1.2s)`. */
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    if (!this.quiet) this.write(`▶ ${name}`);
    const started = this.now();
    this.depth++;
    let ok = false;
    try {
      const result = await fn();
      ok = true;
      return result;
    } finally {
      this.depth--;
      const elapsed = formatDuration(this.now() - started);
      if (ok && !this.quiet) this.write(`✓ ${name} (${elapsed})`);
      // A failed group is printed even when quiet: it says where the error that follows came from.
      if (!ok) this.write(`✗ ${name} (failed after ${elapsed})`);
    }
  }

  private open: { name: string; started: number }[] = [];

  /** Opens a streaming group (see Logger.startGroup). */
  startGroup(name: string): void {
    if (!this.quiet) this.write(`▶ ${name}`);
    this.depth++;
    this.open.push({ name, started: this.now() });
  }

  /** Closes the last streaming group, printing its elapsed time. */
  endGroup(): void {
    const g = this.open.pop();
    if (!g) return;
    this.depth--;
    if (!this.quiet) this.write(`✓ ${g.name} (${formatDuration(this.now() - g.started)})`);
  }

  /** Masks `value` in every later line. */
  addSecret(value: string): void {
    this.masker.add(value);
  }

  private write(text: string): void {
    const indent = '  '.repeat(this.depth);
    const lines = this.masker.mask(text).split('\n');
    this.stream.write(lines.map((line) => indent + line).join('\n') + '\n');
  }
}

function annotation(level: string, message: string, props: AnnotationProperties | undefined): string {
  let location = '';
  if (props?.file !== undefined) {
    location = props.file;
    if (props.startLine !== undefined) {
      location += `:${props.startLine}`;
      if (props.endLine !== undefined && props.endLine !== props.startLine) location += `-${props.endLine}`;
    }
    location += ': ';
  }
  const title = props?.title ? `${props.title}: ` : '';
  return `${location}${level}: ${title}${message}`;
}
