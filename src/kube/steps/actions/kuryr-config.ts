/**
 * `kuryr-config {SECTION: {OPTION: VALUE}}`: sets options in Kuryr's configuration file on the runner host (the
 * `kuryr-conf` input, `/etc/kuryr/kuryr.conf` on a DevStack host), then restarts the controller so it reads them, as
 * Kuryr's own tests edit the kuryr-config ConfigMap and restart the controller pod. The file is read and written
 * through `sudo -n` unless the run is root; every other line of it is kept. The first value each option had in the
 * scenario is remembered, and the scenario's end puts those back (and restarts once more), so the next scenario
 * starts with the configuration the suite started with.
 */
import { getIniOption, removeIniOption, setIniOptions, type IniSetting } from '../../../devstack/ini-edit.js';
import type { CommandRunner } from '../../../runtime/command.js';
import { getErrorMessage } from '../../../runtime/errors.js';
import { DEFAULT_KURYR_CONF } from '../../settings.js';
import type { StepAction, StepContext } from '../types.js';
import { asRootArgv, hostRunner, restartKuryrUnit } from './restart.js';

/** Options to set, by section: `{vif_pool: {ports_pool_batch: 7}}`. */
export type KuryrConfigArg = Record<string, Record<string, string | number | boolean>>;

/** The file the action edits and the first value of each option it changed (undefined: it was not set). */
interface Changed {
  path: string;
  originals: Map<string, { section: string; key: string; value: string | undefined }>;
}

const CHANGED = new WeakMap<StepContext, Changed>();

/** Who the process runs as (tests replace it). */
export const whoAmI = { isRoot: (): boolean => process.getuid?.() === 0 };

async function readConf(runner: CommandRunner, path: string): Promise<string> {
  const [command, ...args] = asRootArgv(['cat', path], whoAmI.isRoot());
  try {
    return (await runner.run(command, args, { timeoutMs: 30_000, label: 'kuryr.conf' })).stdout;
  } catch (err) {
    throw new Error(
      `could not read ${path} (the kuryr-conf input names Kuryr's configuration file): ${getErrorMessage(err)}`,
    );
  }
}

async function writeConf(runner: CommandRunner, path: string, text: string): Promise<void> {
  const [command, ...args] = asRootArgv(['tee', path], whoAmI.isRoot());
  try {
    await runner.run(command, args, { input: text, timeoutMs: 30_000, label: 'kuryr.conf' });
  } catch (err) {
    const how = whoAmI.isRoot() ? '' : ' (the runner is not root: it needs passwordless sudo for tee)';
    throw new Error(`could not write ${path}${how}: ${getErrorMessage(err)}`);
  }
}

/** The settings of `arg` as INI text values (booleans as oslo.config writes them: True / False). */
export function kuryrSettings(arg: KuryrConfigArg): IniSetting[] {
  return Object.entries(arg).flatMap(([section, options]) =>
    Object.entries(options).map(([key, v]) => ({
      section,
      key,
      value: typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v),
    })),
  );
}

/** The `kuryr-config` action. */
export const kuryrConfigAction: StepAction<KuryrConfigArg> = {
  name: 'kuryr-config',
  async run(ctx, arg) {
    const runner = hostRunner(ctx);
    const path = ctx.run.settings.kuryrConf ?? DEFAULT_KURYR_CONF;
    const settings = kuryrSettings(arg);
    const before = await readConf(runner, path);
    const changed = CHANGED.get(ctx) ?? { path, originals: new Map() };
    for (const s of settings) {
      const id = `${s.section}.${s.key}`;
      if (!changed.originals.has(id))
        changed.originals.set(id, { ...s, value: getIniOption(before, s.section, s.key) });
    }
    CHANGED.set(ctx, changed);
    await writeConf(runner, path, setIniOptions(before, settings));
    const said = settings.map((s) => `${s.section}.${s.key}=${s.value}`).join(', ');
    return `set ${said} in ${path}; ${await restartKuryrUnit(ctx, 'kuryr-controller', whoAmI)}`;
  },
};

/**
 * Puts back the options the scenario's `kuryr-config` steps changed and restarts the controller (nothing when none
 * ran). A failure is a warning: the run goes on, and the message says what to fix by hand.
 */
export async function restoreKuryrConfig(ctx: StepContext): Promise<void> {
  const changed = CHANGED.get(ctx);
  if (!changed) return;
  CHANGED.delete(ctx);
  try {
    const runner = hostRunner(ctx);
    let text = await readConf(runner, changed.path);
    for (const o of changed.originals.values()) {
      text =
        o.value === undefined
          ? removeIniOption(text, o.section, o.key)
          : setIniOptions(text, [{ ...o, value: o.value }]);
    }
    await writeConf(runner, changed.path, text);
    const said = await restartKuryrUnit(ctx, 'kuryr-controller', whoAmI);
    ctx.run.deps.logger.info(`put back ${[...changed.originals.keys()].join(', ')} in ${changed.path}; ${said}`);
  } catch (err) {
    ctx.run.deps.logger.warning(
      `could not put back ${[...changed.originals.keys()].join(', ')} in ${changed.path}: ${getErrorMessage(err)}`,
    );
  }
}
