/**
 * Where Kuryr puts a namespace's pod ports. With the default subnet driver every pod is on the run's pod network
 * (`k8s-pod-net`); with the namespace subnet driver each namespace has a network of its own, which Kuryr records in
 * the namespace's KuryrNetwork (`status.netId`). Port checks list the ports of that network.
 */
import type { Kubectl } from './kubectl.js';
import type { PortCheckOptions } from './state.js';

/** The network id in the namespace's KuryrNetwork, or undefined (no such object, or the cluster has no such CRD). */
export async function namespaceNetworkId(kubectl: Kubectl, namespace: string): Promise<string | undefined> {
  const items = await kubectl.inNamespace(namespace).optionalList('kuryrnetworks');
  const mine = items?.find((o) => (o.metadata as { name?: unknown } | undefined)?.name === namespace);
  const netId = (mine?.status as { netId?: unknown } | undefined)?.netId;
  return typeof netId === 'string' && netId !== '' ? netId : undefined;
}

/**
 * Whether the cluster runs the namespace subnet driver: under it Kuryr gives every namespace (`default` included) a
 * KuryrNetwork, so some exists; under the default driver there is none (or no such resource at all).
 */
export async function namespaceDriverInUse(kubectl: Kubectl): Promise<boolean> {
  const items = await kubectl.optionalList('kuryrnetworks', { everywhere: true });
  return (items?.length ?? 0) > 0;
}

/** `options` with the pod network of its namespace: the KuryrNetwork's network when there is one. */
export async function withNamespaceNetwork(kubectl: Kubectl, options: PortCheckOptions): Promise<PortCheckOptions> {
  const netId = await namespaceNetworkId(kubectl, options.namespace);
  return netId === undefined ? options : { ...options, names: { ...options.names, podNetwork: netId } };
}
