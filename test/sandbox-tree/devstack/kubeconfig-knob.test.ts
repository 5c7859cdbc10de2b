/**
 * The fake kuryr-kubernetes plugin's kubeconfig knobs (sandbox/devstack/README.md, "Knobs"): unset, `prepare_kubeconfig`
 * writes the plain `~/.kube/config` pointing at KURYR_K8S_API_URL; `KDF_DOUBLE_KUBECONFIG` makes it a 0600 copy of
 * that file (a sandbox kube cluster's kubeconfig), and `KDF_DOUBLE_KUBECONFIG_WAIT` lets the plugin wait for the file
 * to appear, dying the DevStack way (`die $LINENO`) when it does not.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { canRun, expectInOrder, localConf, plainLines, World, type RunResult, type StackDir } from './harness.js';
import { lineOf } from './source-lines.js';

const suite = canRun() ? describe : describe.skip;

const sleep = (ms: number): Promise<void> => new Promise((res) => setTimeout(res, ms));

/** What the plugin has always written (KURYR_K8S_API_URL from SERVICE_HOST 127.0.0.1, HOST_IP_IFACE=lo). */
const PLAIN_KUBECONFIG = `apiVersion: v1
clusters:
- cluster:
    server: http://127.0.0.1:8080
  name: devstack-cluster
contexts:
- context:
    cluster: devstack-cluster
    user: stack
  name: devstack
current-context: devstack
kind: Config
preferences: {}
users:
- name: stack
  user: {}
`;

/** A sandbox kube cluster's kubeconfig (its content only has to survive the copy byte for byte). */
function clusterKubeconfig(tag: string): string {
  return `apiVersion: v1
clusters:
- cluster:
    server: file:///var/lib/kdf-kube/${tag}
  name: kdf-sbx-${tag}
contexts:
- context:
    cluster: kdf-sbx-${tag}
    namespace: kdf-sbx
    user: kdf-${tag}
  name: kdf-sbx-${tag}
current-context: kdf-sbx-${tag}
kind: Config
preferences: {}
users:
- name: kdf-${tag}
  user:
    token: not-a-secret-${tag}
`;
}

const fromLine = (src: string): string => `kdf-double kuryr-kubernetes: kubeconfig from ${src}`;
const waitingLine = (src: string, secs: number): string =>
  `kdf-double kuryr-kubernetes: waiting up to ${secs} seconds for kubeconfig ${src}`;

/** Milliseconds since the epoch of the first line of the stamped log file ending with `text`. */
function loggedAt(dir: StackDir, text: string): number {
  const log = readFileSync(join(dir.dest, 'logs', 'stack.sh.log'), 'utf8');
  const line = log.split('\n').find((l) => l.endsWith(` | ${text}`));
  if (!line) throw new Error(`'${text}' not in the stamped log`);
  return Date.parse(line.slice(0, 23).replace(' ', 'T'));
}

suite('DevStack double: kuryr kubeconfig knobs', () => {
  let w: World;
  const runs: Record<string, { dir: StackDir; src: string; result: Promise<RunResult> }> = {};
  /** The delayed-file run: when (ms since its start) the waiting line was seen and the file was created. */
  let delayed: Promise<{ sawWaitingAt: number | null; createdAt: number }>;

  /**
   * A tree whose local.conf pins kuryr-kubernetes to a ref with plugin content (master is the empty retirement) and
   * enables its services, so their units show whether test-config went on past prepare_kubeconfig.
   */
  const kuryrDir = (): StackDir =>
    w.stackDir(
      localConf(w, {
        plugins: [{ name: 'kuryr-kubernetes', ref: 'ussuri-eol' }],
        services: 'key mysql rabbit kuryr-kubernetes kuryr-daemon',
      }),
    );
  /** Knobs through the control file `$TOP_DIR/kdf-double.env` (what survives sudo's env_reset). */
  const controlFile = (dir: StackDir, knobs: Record<string, string>): void => {
    const text = Object.entries(knobs)
      .map(([k, v]) => `${k}=${v}\n`)
      .join('');
    w.writeAsUser(join(dir.devstack, 'kdf-double.env'), text);
  };
  const get = async (name: string): Promise<{ dir: StackDir; src: string; r: RunResult }> => {
    const run = runs[name] as { dir: StackDir; src: string; result: Promise<RunResult> };
    return { dir: run.dir, src: run.src, r: await run.result };
  };

  beforeAll(() => {
    w = World.create();

    // (1) no knobs; and the wait knob alone
    for (const [name, env] of [
      ['unset', {}],
      ['wait-only', { KDF_DOUBLE_KUBECONFIG_WAIT: '3' }],
    ] as const) {
      const dir = kuryrDir();
      runs[name] = { dir, src: '', result: w.run(dir, 'stack.sh', { env }) };
    }

    // (2) an existing file owned by root, mode 0644, over a stale ~/.kube/config of the user's (mode 0644)
    {
      const dir = kuryrDir();
      const src = join(dir.root, 'cluster', 'kubeconfig');
      mkdirSync(join(dir.root, 'cluster'), { mode: 0o755 });
      writeFileSync(src, clusterKubeconfig('copy'), { mode: 0o644 });
      chmodSync(src, 0o644);
      mkdirSync(join(dir.home, '.kube'), { mode: 0o755 });
      chownSync(join(dir.home, '.kube'), w.uid, w.gid);
      w.writeAsUser(join(dir.home, '.kube', 'config'), 'stale: true\n');
      chmodSync(join(dir.home, '.kube', 'config'), 0o644);
      controlFile(dir, { KDF_DOUBLE_KUBECONFIG: src });
      runs.copy = { dir, src, result: w.run(dir, 'stack.sh') };
    }

    // (3) WAIT=5 (from the environment this time), the file appears ~2 s into the plugin's wait
    {
      const dir = kuryrDir();
      const src = join(dir.root, 'late', 'kubeconfig');
      mkdirSync(join(dir.root, 'late'), { mode: 0o755 });
      const run = w.start(dir, 'stack.sh', { env: { KDF_DOUBLE_KUBECONFIG: src, KDF_DOUBLE_KUBECONFIG_WAIT: '5' } });
      runs.delayed = { dir, src, result: run.done };
      const t0 = Date.now();
      delayed = (async () => {
        let sawWaitingAt: number | null = null;
        let exited = false;
        void run.done.then(() => (exited = true));
        // no deadline of its own: on a loaded machine stack.sh may take long to get there; the run's end stops it
        while (!exited) {
          if (run.output().includes(waitingLine(src, 5))) {
            sawWaitingAt = Date.now() - t0;
            break;
          }
          await sleep(50);
        }
        // 2 s by the wall clock (a timer can fire a millisecond before Date.now() says its time has come)
        const from = Date.now();
        while (Date.now() - from < 2000) await sleep(2000 - (Date.now() - from));
        // written elsewhere and renamed into place, so the plugin never sees a half-written file
        const tmp = join(dir.root, 'late', '.kubeconfig.tmp');
        writeFileSync(tmp, clusterKubeconfig('late'), { mode: 0o644 });
        renameSync(tmp, src);
        return { sawWaitingAt, createdAt: Date.now() - t0 };
      })();
    }

    // (4) still missing after WAIT=1; and an unreadable file; and a wait that is not a number
    {
      const dir = kuryrDir();
      const src = join(dir.root, 'never', 'kubeconfig');
      controlFile(dir, { KDF_DOUBLE_KUBECONFIG: src, KDF_DOUBLE_KUBECONFIG_WAIT: '1' });
      runs.missing = { dir, src, result: w.run(dir, 'stack.sh') };
    }
    {
      const dir = kuryrDir();
      const src = join(dir.root, 'rootonly-kubeconfig');
      writeFileSync(src, clusterKubeconfig('rootonly'), { mode: 0o600 });
      chmodSync(src, 0o600);
      controlFile(dir, { KDF_DOUBLE_KUBECONFIG: src });
      runs.unreadable = { dir, src, result: w.run(dir, 'stack.sh') };
    }
    {
      const dir = kuryrDir();
      const src = join(dir.root, 'kubeconfig');
      w.writeAsUser(src, clusterKubeconfig('badwait'));
      controlFile(dir, { KDF_DOUBLE_KUBECONFIG: src, KDF_DOUBLE_KUBECONFIG_WAIT: '5s' });
      runs.badwait = { dir, src, result: w.run(dir, 'stack.sh') };
    }
  });
  afterAll(async () => {
    await Promise.allSettled([...Object.values(runs).map((run) => run.result), delayed]);
    w?.destroy();
  });

  it('unset: the plain kubeconfig pointing at KURYR_K8S_API_URL, exactly as before (the wait knob alone changes nothing)', async () => {
    for (const name of ['unset', 'wait-only']) {
      const { dir, r } = await get(name);
      expect([name, r.code]).toEqual([name, 0]);
      const plain = plainLines(r);
      expect(plain).toContain('kdf-double kuryr-kubernetes: stack test-config');
      expect(readFileSync(join(dir.home, '.kube', 'config'), 'utf8')).toBe(PLAIN_KUBECONFIG);
      expect(plain.filter((l) => /kdf-double kuryr-kubernetes: (kubeconfig from|waiting up to) /.test(l))).toEqual([]);
      // no time was spent waiting
      expect(r.lines.filter((l) => /:kuryr_double_copy_kubeconfig:\d+ /.test(l))).toEqual([]);
    }
  }, 30000);

  it('KDF_DOUBLE_KUBECONFIG (control file): ~/.kube/config is a 0600 copy owned by the stack user, one log line', async () => {
    const { dir, src, r } = await get('copy');
    expect(r.code).toBe(0);
    const config = join(dir.home, '.kube', 'config');
    expect(readFileSync(config, 'utf8')).toBe(clusterKubeconfig('copy'));
    const st = statSync(config);
    expect(st.mode & 0o777).toBe(0o600);
    expect([st.uid, st.gid]).toEqual([w.uid, w.gid]);
    expect(st.isFile()).toBe(true); // a copy, not a link to the cluster's file
    // the source is left alone
    expect(readFileSync(src, 'utf8')).toBe(clusterKubeconfig('copy'));
    expect(statSync(src).mode & 0o777).toBe(0o644);
    const plain = plainLines(r);
    expect(plain.filter((l) => l === fromLine(src))).toHaveLength(1);
    expect(plain.some((l) => l.startsWith('kdf-double kuryr-kubernetes: waiting up to '))).toBe(false);
    expectInOrder(plain, ['kdf-double kuryr-kubernetes: stack test-config', fromLine(src)]);
    // the rest of test-config still ran: the kuryr units after the kubeconfig
    expect(existsSync(join(dir.etc, 'systemd', 'system', 'devstack@kuryr-kubernetes.service'))).toBe(true);
    expect(r.output).not.toContain('[ERROR]');
  }, 30000);

  it('KDF_DOUBLE_KUBECONFIG_WAIT=5: waits, polling each second, for a file that appears ~2 s later, then copies it', async () => {
    const { dir, src, r } = await get('delayed');
    const { sawWaitingAt, createdAt } = await delayed;
    expect(r.code).toBe(0);
    expect(sawWaitingAt).not.toBeNull();
    expect(createdAt - (sawWaitingAt as number)).toBeGreaterThanOrEqual(2000);
    const config = join(dir.home, '.kube', 'config');
    expect(readFileSync(config, 'utf8')).toBe(clusterKubeconfig('late'));
    expect(statSync(config).mode & 0o777).toBe(0o600);
    expect(statSync(config).uid).toBe(w.uid);
    const plain = plainLines(r);
    expectInOrder(plain, [waitingLine(src, 5), fromLine(src)]);
    expect(plain.filter((l) => l === fromLine(src))).toHaveLength(1);
    // it polled: at least two one-second sleeps in the wait loop, and the copy came ~2 s after the wait began
    const sleeps = r.lines.filter((l) => /:kuryr_double_copy_kubeconfig:\d+ +: +sleep 1$/.test(l));
    expect(sleeps.length).toBeGreaterThanOrEqual(2);
    expect(sleeps.length).toBeLessThanOrEqual(5);
    const waited = loggedAt(dir, fromLine(src)) - loggedAt(dir, waitingLine(src, 5));
    expect(waited).toBeGreaterThanOrEqual(1500);
    expect(waited).toBeLessThan(5000);
  }, 40000);

  it('still missing after KDF_DOUBLE_KUBECONFIG_WAIT=1: die $LINENO in plugin.sh naming the file and the wait', async () => {
    const { dir, src, r } = await get('missing');
    expect(r.code).toBe(1);
    const stack = join(dir.devstack, 'stack.sh');
    const fc = join(dir.devstack, 'functions-common');
    const plugin = join(dir.dest, 'kuryr-kubernetes', 'devstack', 'plugin.sh');
    const dieLine = lineOf(plugin, /^\s*die \$LINENO "kubeconfig \$src /);
    const message = `kubeconfig ${src} (KDF_DOUBLE_KUBECONFIG) is missing or unreadable after waiting 1s`;
    const plain = plainLines(r);
    expectInOrder(plain, [waitingLine(src, 1), '[Call Trace]']);
    const at = plain.indexOf('[Call Trace]');
    expect(plain.slice(at, at + 9)).toEqual([
      '[Call Trace]',
      `${stack}:${lineOf(stack, 'run_phase stack test-config')}:run_phase`,
      `${fc}:${lineOf(fc, 'run_plugins $mode $phase')}:run_plugins`,
      `${fc}:${lineOf(fc, 'source $dir/devstack/plugin.sh $mode $phase')}:source`,
      `${plugin}:${lineOf(plugin, 'kuryr_test_config')}:kuryr_test_config`,
      `${plugin}:${lineOf(plugin, 'prepare_kubeconfig')}:prepare_kubeconfig`,
      `${plugin}:${lineOf(plugin, 'kuryr_double_copy_kubeconfig "$KDF_DOUBLE_KUBECONFIG"')}:kuryr_double_copy_kubeconfig`,
      `${plugin}:${dieLine}:die`,
      `[ERROR] ${plugin}:${dieLine} ${message}`,
    ]);
    expect(plain).toContain('Error on exit');
    expect(r.output).not.toContain('stack.sh failed');
    expect(readFileSync(join(dir.dest, 'logs', 'error.log'), 'utf8')).toBe(`[ERROR] ${plugin}:${dieLine} ${message}\n`);
    expect(existsSync(join(dir.home, '.kube', 'config'))).toBe(false);
    expect(plain).not.toContain(fromLine(src));
    // it stopped there: the kuryr services after prepare_kubeconfig were not "started"
    expect(existsSync(join(dir.etc, 'systemd', 'system', 'devstack@kuryr-kubernetes.service'))).toBe(false);
  }, 30000);

  it('an unreadable file (no wait) and a wait that is not a number die the same way', async () => {
    {
      const { dir, src, r } = await get('unreadable');
      expect(r.code).toBe(1);
      const plugin = join(dir.dest, 'kuryr-kubernetes', 'devstack', 'plugin.sh');
      const dieLine = lineOf(plugin, /^\s*die \$LINENO "kubeconfig \$src /);
      const plain = plainLines(r);
      expect(plain).toContain(
        `[ERROR] ${plugin}:${dieLine} kubeconfig ${src} (KDF_DOUBLE_KUBECONFIG) is missing or unreadable after waiting 0s`,
      );
      expect(plain.some((l) => l.startsWith('kdf-double kuryr-kubernetes: waiting up to '))).toBe(false);
      expect(existsSync(join(dir.home, '.kube', 'config'))).toBe(false);
      expect(r.output).not.toContain('stack.sh failed');
    }
    {
      const { dir, r } = await get('badwait');
      expect(r.code).toBe(1);
      const plugin = join(dir.dest, 'kuryr-kubernetes', 'devstack', 'plugin.sh');
      const dieLine = lineOf(plugin, /^\s*die \$LINENO "KDF_DOUBLE_KUBECONFIG_WAIT /);
      expect(plainLines(r)).toContain(
        `[ERROR] ${plugin}:${dieLine} KDF_DOUBLE_KUBECONFIG_WAIT must be a whole number of seconds, not '5s'`,
      );
      expect(existsSync(join(dir.home, '.kube', 'config'))).toBe(false);
    }
  }, 30000);
});
