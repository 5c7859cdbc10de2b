/** The error `kdf sandbox up` fails with: which service or step failed, why, and the last lines of its log. */
export class SandboxServiceError extends Error {
  /** The daemon or one-shot step (`neutron-server`, `nova-db-sync`, …). */
  readonly service: string;
  /** The last lines of its log (20 by default). */
  readonly logTail: string[];
  /** The log file those lines come from. */
  readonly logFile?: string;

  constructor(service: string, reason: string, logTail: string[], logFile?: string) {
    super(`${service}: ${reason}`);
    this.name = 'SandboxServiceError';
    this.service = service;
    this.logTail = logTail;
    this.logFile = logFile;
  }

  /** The message followed by the log tail, for humans. */
  describe(): string {
    const where = this.logFile ? ` (${this.logFile})` : '';
    const tail = this.logTail.length
      ? `\nlast ${this.logTail.length} log lines${where}:\n${this.logTail.map((l) => `  ${l}`).join('\n')}`
      : '';
    return `${this.message}${tail}`;
  }
}
