/**
 * A cancelled connectivity run (SIGINT/SIGTERM): the case that records it, and the removal of the load balancers
 * Kuryr made for the run's services. Kuryr deletes a service's load balancer once the service is gone (with the
 * namespace); a run that is about to exit does not leave that to chance: it waits a bounded time, then deletes the
 * ones still there itself.
 */
import type { OpenStackApi } from '../openstack/api.js';
import type { TestCase } from '../results/model.js';
import { getErrorMessage } from '../runtime/errors.js';
import type { Logger } from '../runtime/logger.js';
import { waitFor } from '../runtime/wait.js';

/** The case a cancelled run ends with. */
export function cancelledCase(reason: string, during: string | undefined): TestCase {
  return {
    id: 'cancelled',
    name: 'cancelled',
    suite: 'run',
    status: 'failed',
    message: `cancelled (${reason})${during ? ` during ${during}` : ''}; the namespace and the load balancers of the run were removed`,
  };
}

/** Options of {@link removeLoadBalancers}. */
export interface RemoveLoadBalancersOptions {
  /** How long Kuryr gets to delete them after the services went (default 30 s). */
  graceMs?: number;
  intervalMs?: number;
}

/**
 * Makes sure the load balancers named `names` (Kuryr's `NAMESPACE/SERVICE`) are gone: waits for Kuryr, then deletes
 * what is left with `loadbalancer delete --cascade`. Never throws; returns the names it could not remove.
 */
export async function removeLoadBalancers(
  client: OpenStackApi,
  names: readonly string[],
  logger: Logger,
  options: RemoveLoadBalancersOptions = {},
): Promise<string[]> {
  if (names.length === 0) return [];
  const wanted = new Set(names);
  const left = async (): Promise<{ id: string; name: string }[]> =>
    (await client.loadBalancerList()).filter((lb) => wanted.has(lb.name));
  try {
    await waitFor(async () => ((await left()).length === 0 ? true : undefined), {
      timeoutMs: options.graceMs ?? 30_000,
      intervalMs: options.intervalMs ?? 2000,
      describe: `load balancers ${names.join(', ')} to be deleted by Kuryr`,
    });
    return [];
  } catch (err) {
    logger.warning(`${getErrorMessage(err)}; deleting them`);
  }
  const failed: string[] = [];
  for (const lb of await left().catch(() => [])) {
    try {
      await client.loadBalancerDelete(lb.id, { cascade: true });
      logger.info(`deleted load balancer ${lb.name} (${lb.id})`);
    } catch (err) {
      failed.push(lb.name);
      logger.warning(`could not delete load balancer ${lb.name} (${lb.id}): ${getErrorMessage(err)}`);
    }
  }
  return failed;
}
