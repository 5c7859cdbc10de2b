/** The `Logger` for GitHub Actions: workflow commands through @actions/core, with annotations, groups and masking. */
import { actionsCore, type ActionsCore, type CoreAnnotationProperties } from './actions-core.js';
import { formatDuration } from './duration.js';
import type { AnnotationProperties, Logger } from './logger.js';
import { defaultMasker, runnerMaskValues, type SecretMasker } from './secrets.js';

/** Dependencies of {@link CoreLogger}; all optional. */
export interface CoreLoggerOptions {
  /** The @actions/core implementation (default: the real module). */
  core?: ActionsCore;
  /** Masks every message before it is written (default: the process-wide masker). */
  masker?: SecretMasker;
  /** Clock in milliseconds, for group timings (default `performance.now`). */
  now?: () => number;
}

/** Logs through @actions/core. Messages are masked locally too, so a secret never depends on the runner alone. */
export class CoreLogger implements Logger {
  private readonly core: ActionsCore;
  private readonly masker: SecretMasker;
  private readonly now: () => number;
  private depth = 0;

  constructor(options: CoreLoggerOptions = {}) {
    this.core = options.core ?? actionsCore;
    this.masker = options.masker ?? defaultMasker;
    this.now = options.now ?? (() => performance.now());
  }

  /** Step-debug output (shown when ACTIONS_STEP_DEBUG is set). */
  debug(message: string): void {
    this.core.debug(this.masker.mask(message));
  }

  /** A plain log line. */
  info(message: string): void {
    this.core.info(this.masker.mask(message));
  }

  /** A notice annotation. */
  notice(message: string, props?: AnnotationProperties): void {
    this.core.notice(this.masker.mask(message), this.toCore(props));
  }

  /** A warning annotation. */
  warning(message: string, props?: AnnotationProperties): void {
    this.core.warning(this.masker.mask(message), this.toCore(props));
  }

  /** An error annotation (does not fail the step; `runWrapper` does that). */
  error(message: string, props?: AnnotationProperties): void {
    this.core.error(this.masker.mask(message), this.toCore(props));
  }

  /**
   * Runs `fn` in a collapsible group, then prints `✓ name (12.3s)` (or `✗ name (failed after 12.3s)`) outside it so
   * the timing is visible while the group is collapsed. The log viewer cannot nest groups, so an inner group becomes
   * a `▶ name` line inside the outer one.
   */
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const title = this.masker.mask(name);
    const nested = this.depth > 0;
    const started = this.now();
    if (nested) this.core.info(`▶ ${title}`);
    else this.core.startGroup(title);
    this.depth++;
    let ok = false;
    try {
      const result = await fn();
      ok = true;
      return result;
    } finally {
      this.depth--;
      if (!nested) this.core.endGroup();
      const elapsed = formatDuration(this.now() - started);
      this.core.info(ok ? `✓ ${title} (${elapsed})` : `✗ ${title} (failed after ${elapsed})`);
    }
  }

  private open: { title: string; started: number; nested: boolean }[] = [];

  /** Opens a streaming group (see Logger.startGroup). */
  startGroup(name: string): void {
    const title = this.masker.mask(name);
    const nested = this.depth > 0;
    if (nested) this.core.info(`▶ ${title}`);
    else this.core.startGroup(title);
    this.depth++;
    this.open.push({ title, started: this.now(), nested });
  }

  /** Closes the last streaming group, printing its elapsed time. */
  endGroup(): void {
    const g = this.open.pop();
    if (!g) return;
    this.depth--;
    if (!g.nested) this.core.endGroup();
    this.core.info(`✓ ${g.title} (${formatDuration(this.now() - g.started)})`);
  }

  /**
   * Registers a secret with the runner (`::add-mask::`, one per line of a multi-line value, because the runner masks
   * line by line) and with the local masker.
   */
  addSecret(value: string): void {
    if (value.trim() === '') return;
    for (const line of runnerMaskValues(value)) this.core.setSecret(line);
    this.masker.add(value);
  }

  private toCore(props: AnnotationProperties | undefined): CoreAnnotationProperties | undefined {
    if (!props) return undefined;
    const out: CoreAnnotationProperties = {};
    if (props.title !== undefined) out.title = this.masker.mask(props.title);
    if (props.file !== undefined) out.file = props.file;
    if (props.startLine !== undefined) out.startLine = props.startLine;
    if (props.endLine !== undefined) out.endLine = props.endLine;
    return out;
  }
}
