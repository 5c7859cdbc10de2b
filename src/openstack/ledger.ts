/**
 * The teardown ledger: every resource a trunk-VM run created (or adopted), persisted as JSON after each change so a
 * later `down`, even after a crash mid-way, knows what to delete.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

import { ConfigurationError } from '../runtime/errors.js';

/** What kind of resource an entry is; teardown goes in {@link TEARDOWN_ORDER}. */
export type LedgerKind =
  'floating-ip' | 'server' | 'subport' | 'trunk' | 'port' | 'keypair' | 'security-group-rule' | 'image';

/** Dependency order of teardown. */
export const TEARDOWN_ORDER: readonly LedgerKind[] = [
  'floating-ip',
  'server',
  'subport',
  'trunk',
  'port',
  'keypair',
  'security-group-rule',
  'image',
];

/** One recorded resource. */
export interface LedgerEntry {
  kind: LedgerKind;
  /** The id (the name for key pairs, whose id is their name). */
  id: string;
  name?: string;
  /** The trunk a subport is attached to. */
  trunkId?: string;
  /** True when the run adopted an existing resource (`reuse`) instead of creating it. */
  adopted?: boolean;
}

/** The ledger file's content. */
export interface LedgerData {
  version: 1;
  cloud: string;
  entries: LedgerEntry[];
}

/** A ledger bound to a file (or to memory when `path` is undefined). */
export class TeardownLedger {
  private data: LedgerData;

  constructor(
    readonly path: string | undefined,
    cloud: string,
    entries: LedgerEntry[] = [],
  ) {
    this.data = { version: 1, cloud, entries: [...entries] };
  }

  /** Loads a ledger file; a missing file is an empty ledger. */
  static load(path: string, cloud: string): TeardownLedger {
    if (!existsSync(path)) return new TeardownLedger(path, cloud);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new ConfigurationError(`ledger ${path} is not valid JSON: ${String(err)}`, 'ledger');
    }
    const data = parsed as Partial<LedgerData>;
    if (data.version !== 1 || !Array.isArray(data.entries)) {
      throw new ConfigurationError(`ledger ${path} is not a trunk-vm teardown ledger (version 1)`, 'ledger');
    }
    return new TeardownLedger(path, data.cloud ?? cloud, data.entries);
  }

  /** The cloud the resources live in. */
  get cloud(): string {
    return this.data.cloud;
  }

  /** A copy of the entries. */
  get entries(): LedgerEntry[] {
    return [...this.data.entries];
  }

  /** Records a resource (once per kind and id) and saves. */
  record(entry: LedgerEntry): void {
    if (!this.data.entries.some((e) => e.kind === entry.kind && e.id === entry.id)) {
      this.data.entries.push(entry);
      this.save();
    }
  }

  /** Forgets a resource (after it was deleted) and saves. */
  remove(entry: LedgerEntry): void {
    this.data.entries = this.data.entries.filter((e) => !(e.kind === entry.kind && e.id === entry.id));
    this.save();
  }

  /** Writes the file atomically (temporary file, then rename). */
  save(): void {
    if (this.path === undefined) return;
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(this.data, null, 2)}\n`, { mode: 0o600 });
    renameSync(tmp, this.path);
  }
}
