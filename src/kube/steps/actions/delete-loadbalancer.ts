/**
 * `delete-loadbalancer SERVICE`: deletes Kuryr's Octavia load balancer of the service (`<namespace>/<service>`) with
 * `--cascade`, behind Kuryr's back; Kuryr must recreate it (the step's `members` expectation checks that).
 */
import { needCloud, serviceOf } from '../lookup.js';
import type { StepAction } from '../types.js';

/** The `delete-loadbalancer` action (argument: the service's name). */
export const deleteLoadBalancerAction: StepAction<string> = {
  name: 'delete-loadbalancer',
  async run(ctx, arg) {
    const owned = serviceOf(ctx, arg);
    if (!owned) throw new Error(`service ${arg} is not deployed`);
    const client = needCloud(ctx, 'delete-loadbalancer');
    const name = `${owned.workload.namespace}/${arg}`;
    const lbs = await client.loadBalancerList({ name });
    if (lbs.length === 0) throw new Error(`no load balancer named ${name} in Octavia to delete`);
    for (const lb of lbs) await client.loadBalancerDelete(lb.id, { cascade: true });
    const ids = lbs.map((lb) => lb.id).join(', ');
    return `deleted load balancer ${name} (${ids}) in Octavia with --cascade`;
  },
};
