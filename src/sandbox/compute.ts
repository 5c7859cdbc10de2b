/**
 * The sandbox's compute hosts after nova-compute has started: waiting until the good host can take servers, and
 * the failure-injection host (registered, then disabled until a test enables it).
 */
import { SANDBOX } from './config.js';
import type { ServiceRunner } from './service-runner.js';
import { BROKEN_COMPUTE_HOST } from './services.js';

/** How long Nova may take to register a compute host. */
const REGISTER_TIMEOUT_MS = 120_000;

/** Waits half a second between two database polls (or fails when the run was cancelled meanwhile). */
async function pause(run: ServiceRunner, step: string): Promise<void> {
  if (run.abort.signal.aborted) throw new Error(`${step}: cancelled`);
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/**
 * Waits until nova-compute has reported its resources to Placement and nova-scheduler's periodic discovery has
 * mapped the host into cell1: only then can a server be scheduled. Read straight from the databases, which is
 * cheaper than the API and exact.
 */
export async function waitComputeReady(run: ServiceRunner): Promise<void> {
  const deadline = Date.now() + REGISTER_TIMEOUT_MS;
  const query =
    `SELECT (SELECT COUNT(*) FROM nova_api.host_mappings WHERE host='${SANDBOX.host}'),` +
    ` (SELECT COUNT(*) FROM placement.inventories);`;
  for (;;) {
    const [mapped, inventories] = (await run.sql(query, 'compute-ready')).trim().split(/\s+/).map(Number);
    if ((mapped ?? 0) > 0 && (inventories ?? 0) > 0) return;
    for (const name of ['nova-compute', 'nova-scheduler', 'nova-conductor']) {
      if (run.daemons.runningPid(name) === undefined) throw run.daemonError(name, 'exited during start-up');
    }
    if (Date.now() > deadline) {
      const who = (mapped ?? 0) > 0 ? 'nova-compute' : 'nova-scheduler';
      const why =
        (mapped ?? 0) > 0
          ? 'reported no inventory to Placement within 120s'
          : 'did not map the compute host into cell1 within 120s';
      throw run.daemonError(who, why);
    }
    await pause(run, 'compute-ready');
  }
}

/**
 * Starts the failure-injection compute host and, when this run started it, disables its service as soon as Nova
 * has registered it (servers land only on kdf-sandbox until a test enables it).
 */
export async function startBrokenCompute(run: ServiceRunner): Promise<void> {
  const def = run.defs.get('nova-compute-broken');
  if (!def) return;
  const { started } = await run.daemons.start(def);
  if (!started) return;
  run.started.push(def.name);
  const query = `SELECT COUNT(*) FROM nova.services WHERE host='${BROKEN_COMPUTE_HOST}' AND \`binary\`='nova-compute' AND deleted=0;`;
  const deadline = Date.now() + REGISTER_TIMEOUT_MS;
  while (Number((await run.sql(query, 'nova-compute-broken')).trim()) === 0) {
    if (run.daemons.runningPid(def.name) === undefined || Date.now() > deadline) {
      throw run.daemonError(def.name, 'did not register its compute service within 120s');
    }
    await pause(run, 'nova-compute-broken');
  }
  await run.oneShot('nova-compute-broken-disable', [
    '/usr/bin/openstack',
    '--os-cloud',
    'devstack-admin',
    'compute',
    'service',
    'set',
    '--disable',
    '--disable-reason',
    'kdf sandbox: failure injection host, enable it to make builds fail',
    BROKEN_COMPUTE_HOST,
    'nova-compute',
  ]);
}
