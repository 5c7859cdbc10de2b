/**
 * `delete-listener SERVICE`: deletes one listener of Kuryr's Octavia load balancer of the service, the one of its first
 * port (`<namespace>/<service>:<PROTOCOL>:<port>`), behind Kuryr's back. Kuryr's listener reconciliation must make it
 * again with its pool and members (the step's `members` and `everyBackend` expectations check that).
 */
import { needCloud, serviceOf } from '../lookup.js';
import type { StepAction } from '../types.js';

/** The `delete-listener` action (argument: the service's name). */
export const deleteListenerAction: StepAction<string> = {
  name: 'delete-listener',
  async run(ctx, arg) {
    const owned = serviceOf(ctx, arg);
    if (!owned) throw new Error(`service ${arg} is not deployed`);
    const first = owned.service.ports[0];
    if (!first) throw new Error(`service ${arg} has no port, so its load balancer has no listener`);
    const client = needCloud(ctx, 'delete-listener');
    const lb = `${owned.workload.namespace}/${arg}`;
    const name = `${lb}:${first.protocol}:${String(first.port)}`;
    const tree = await client.loadBalancerStatus(lb);
    const listener = tree.listeners.find((l) => l.name === name);
    if (!listener) {
      const has = tree.listeners.map((l) => l.name).join(', ') || 'none';
      throw new Error(`load balancer ${lb} has no listener ${name} to delete (it has: ${has})`);
    }
    await client.loadBalancerListenerDelete(listener.id);
    return `deleted listener ${name} (${listener.id}) of load balancer ${lb} in Octavia`;
  },
};
