/** A `Logger` that records every call, for asserting what library code logged. */
import type { AnnotationProperties, Logger } from '../../src/runtime/logger.js';
import { SecretMasker } from '../../src/runtime/secrets.js';

/** One recorded log call. Groups record a `group-start` and a `group-end` entry. */
export interface LogEntry {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'group-start' | 'group-end';
  message: string;
  props?: AnnotationProperties;
}

/** Records log calls (masked with its own masker, fed by `addSecret`). */
export class RecordingLogger implements Logger {
  readonly entries: LogEntry[] = [];
  readonly secrets: string[] = [];

  constructor(readonly masker: SecretMasker = new SecretMasker()) {}

  debug(message: string): void {
    this.record('debug', message);
  }
  info(message: string): void {
    this.record('info', message);
  }
  notice(message: string, props?: AnnotationProperties): void {
    this.record('notice', message, props);
  }
  warning(message: string, props?: AnnotationProperties): void {
    this.record('warning', message, props);
  }
  error(message: string, props?: AnnotationProperties): void {
    this.record('error', message, props);
  }
  private open: string[] = [];

  startGroup(name: string): void {
    this.open.push(name);
    this.record('group-start', name);
  }

  endGroup(): void {
    const name = this.open.pop();
    if (name !== undefined) this.record('group-end', name);
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.record('group-start', name);
    try {
      return await fn();
    } finally {
      this.record('group-end', name);
    }
  }
  addSecret(value: string): void {
    this.secrets.push(value);
    this.masker.add(value);
  }

  /** Messages of one level. */
  messages(level: LogEntry['level']): string[] {
    return this.entries.filter((e) => e.level === level).map((e) => e.message);
  }

  /** Every message, one per line, for `toContain` checks. */
  text(): string {
    return this.entries.map((e) => `${e.level}: ${e.message}`).join('\n');
  }

  private record(level: LogEntry['level'], message: string, props?: AnnotationProperties): void {
    this.entries.push(
      props ? { level, message: this.masker.mask(message), props } : { level, message: this.masker.mask(message) },
    );
  }
}
