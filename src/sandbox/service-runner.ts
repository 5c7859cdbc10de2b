/**
 * Runs the programs of one `kdf sandbox up` inside the sandbox's namespace: one-shot steps (their output kept in
 * `log/NAME.log`), migrations recorded per package version, the openstacksdk provisioning, SQL as MariaDB's root,
 * and the daemons with their start-up probe. Every failure becomes a {@link SandboxServiceError} naming the step;
 * one abort signal cancels whatever still runs once a step has failed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { CommandError, type CommandRunner } from '../runtime/command.js';
import type { Logger } from '../runtime/logger.js';
import { NetnsCommandRunner } from '../runtime/netns-runner.js';
import type { SecretMasker } from '../runtime/secrets.js';
import { PYTHON } from './commandlines.js';
import { baseEnv, Daemons } from './daemons.js';
import { SandboxServiceError } from './errors.js';
import type { SandboxLayout } from './layout.js';
import { Namespace } from './netns.js';
import { serviceDefs, type ServiceDef } from './services.js';
import type { SandboxState } from './state.js';

/** Dependencies of `sandboxUp`. */
export interface UpDeps {
  runner: CommandRunner;
  layout: SandboxLayout;
  logger?: Logger;
  /** Gets the admin password as soon as it is known, so that no log line or error shows it. */
  masker?: SecretMasker;
}

/** How long a daemon may take to answer its probe, unless its start says otherwise. */
const STARTUP_TIMEOUT_S = 150;

/** A provisioning step of sandbox/openstack/bin/provision. */
export type ProvisionStep = 'catalog' | 'devstack' | 'octavia' | 'kuryr';

/** The programs of one `up` run, and what it started. */
export class ServiceRunner {
  /** Daemons started by this run (the others were already running). */
  readonly started: string[] = [];
  /** Aborted on the first failure: cancels the running commands and keeps new steps from starting. */
  readonly abort = new AbortController();
  readonly namespace: Namespace;
  readonly daemons: Daemons;
  /** The daemons this run wants, by name. */
  readonly defs: Map<string, ServiceDef>;

  constructor(
    readonly deps: UpDeps,
    readonly state: SandboxState,
  ) {
    this.namespace = new Namespace(deps.runner, state.namespace);
    this.daemons = new Daemons(deps.runner, this.namespace, deps.layout);
    this.defs = new Map(
      serviceDefs(deps.layout, { octavia: state.octavia, namespace: state.namespace }).map((d) => [d.name, d]),
    );
  }

  /**
   * Runs a one-shot program inside the namespace; its combined output goes to `log/NAME.log`. A failure becomes a
   * SandboxServiceError carrying the last 20 lines.
   */
  async oneShot(name: string, argv: string[], env: Record<string, string> = {}): Promise<string> {
    const lines: string[] = [];
    const logFile = join(this.deps.layout.log, `${name}.log`);
    const [command, ...args] = argv;
    if (command === undefined) throw new Error(`${name}: empty command`);
    try {
      const result = await new NetnsCommandRunner(this.deps.runner, this.state.namespace).run(command, args, {
        env: { ...baseEnv(this.deps.layout), ...env },
        replaceEnv: true,
        signal: this.abort.signal,
        label: name,
        onStderrLine: (l) => lines.push(l),
        timeoutMs: 600_000,
      });
      writeFileSync(logFile, `${lines.join('\n')}\n`);
      return result.stdout;
    } catch (err) {
      if (err instanceof CommandError) {
        const all = [...lines, ...err.result.stdout.split('\n')].filter((l) => l !== '');
        writeFileSync(logFile, `${all.join('\n')}\n`);
        const why = err.cancelled
          ? 'cancelled'
          : err.timedOut
            ? 'timed out'
            : `failed (exit ${String(err.exitCode ?? err.signal)})`;
        throw new SandboxServiceError(name, why, all.slice(-20), logFile);
      }
      throw err;
    }
  }

  /** Runs `commands` in order unless `data/done/NAME` records the same `version`; records it afterwards. */
  async once(name: string, version: string, commands: string[][]): Promise<void> {
    const marker = join(this.deps.layout.data, 'done', name);
    if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === version) return;
    for (const [i, argv] of commands.entries())
      await this.oneShot(commands.length > 1 ? `${name}-${i + 1}` : name, argv);
    writeFileSync(marker, `${version}\n`);
  }

  /** Runs `provision STEP` (openstacksdk) and keeps its report in the state. */
  async provision(step: ProvisionStep): Promise<unknown> {
    const { layout } = this.deps;
    const out = await this.oneShot(`provision-${step}`, [
      PYTHON,
      join(layout.bin, 'provision'),
      step,
      join(layout.etc, 'provision.json'),
    ]);
    const report = JSON.parse(out) as unknown;
    this.state.provision[step] = report;
    return report;
  }

  /** Runs SQL through the server's socket as root (socket authentication). */
  async sql(statements: string, name: string): Promise<string> {
    const socket = join(this.deps.layout.run, 'mysqld.sock');
    const lines: string[] = [];
    try {
      const { stdout } = await this.deps.runner.run(
        '/usr/bin/mysql',
        ['--protocol=socket', '-S', socket, '-uroot', '--batch', '--skip-column-names'],
        { input: statements, label: name, signal: this.abort.signal, onStderrLine: (l) => lines.push(l) },
      );
      return stdout;
    } catch (err) {
      if (err instanceof CommandError) throw new SandboxServiceError(name, err.message, lines.slice(-20));
      throw err;
    }
  }

  /** Starts daemon `name` (unless it runs) and waits until its probe answers. */
  async startDaemon(name: string, timeoutS = STARTUP_TIMEOUT_S): Promise<void> {
    const def = this.defs.get(name);
    if (!def) throw new Error(`unknown service ${name}`);
    const { pid, started } = await this.daemons.start(def);
    if (started) this.started.push(name);
    const target = def.probe?.http ?? def.probe?.tcp;
    if (target === undefined) return;
    try {
      await new NetnsCommandRunner(this.deps.runner, this.state.namespace).run(
        PYTHON,
        [join(this.deps.layout.bin, 'probe'), 'wait', String(timeoutS), String(pid), target],
        { env: baseEnv(this.deps.layout), replaceEnv: true, signal: this.abort.signal, label: `${name} probe` },
      );
    } catch (err) {
      if (!(err instanceof CommandError)) throw err;
      const why = err.cancelled
        ? 'start-up cancelled'
        : err.exitCode === 3
          ? 'exited during start-up'
          : `did not answer on ${target} within ${timeoutS}s`;
      throw new SandboxServiceError(name, why, this.daemons.tail(name), this.daemons.logFile(name));
    }
  }

  /** A SandboxServiceError for daemon `name` with the tail of its log. */
  daemonError(name: string, why: string): SandboxServiceError {
    return new SandboxServiceError(name, why, this.daemons.tail(name), this.daemons.logFile(name));
  }
}
