/**
 * What `delete-namespace` keeps of a suite namespace so that `create-namespace` can bring it back: its Deployments and
 * Services as the manifests to apply again (no status, ids, resourceVersion or allocated cluster IP / node ports),
 * per run. Kept in memory for the run only.
 */
import type { StepContext } from '../types.js';

type Json = Record<string, unknown>;

const SNAPSHOTS = new WeakMap<object, Map<string, Json[]>>();

function store(ctx: StepContext): Map<string, Json[]> {
  let m = SNAPSHOTS.get(ctx.run);
  if (!m) SNAPSHOTS.set(ctx.run, (m = new Map()));
  return m;
}

/** Annotations the cluster writes (they must not be applied back). */
const SERVER_ANNOTATIONS = ['kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision'];

/** The manifest to apply again for a live Deployment or Service. */
export function reapplyManifest(live: Json): Json {
  const meta = (live.metadata ?? {}) as Json;
  const annotations = { ...((meta.annotations ?? {}) as Record<string, string>) };
  for (const a of SERVER_ANNOTATIONS) delete annotations[a];
  const metadata: Json = { name: meta.name };
  if (meta.labels) metadata.labels = meta.labels;
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  const spec = structuredClone((live.spec ?? {}) as Json);
  if (live.kind === 'Service') {
    // a new namespace gets new addresses: let the API server allocate them again
    delete spec.clusterIP;
    delete spec.clusterIPs;
    spec.ports = ((spec.ports ?? []) as Json[]).map(({ nodePort: _n, ...p }) => p);
  }
  return { apiVersion: live.apiVersion, kind: live.kind, metadata, spec };
}

/** Remembers the objects to apply again in namespace `key`. */
export function saveSnapshot(ctx: StepContext, key: string, objects: Json[]): void {
  store(ctx).set(key, objects);
}

/** The objects `delete-namespace` kept for `key` (and forgets them), or none. */
export function takeSnapshot(ctx: StepContext, key: string): Json[] {
  const objects = store(ctx).get(key) ?? [];
  store(ctx).delete(key);
  return objects;
}

/** The real name of suite namespace `key`; the run namespace ('') is refused (the run lives in it). */
export function createdNamespace(ctx: StepContext, key: string): string {
  if (key === '') throw new Error('the run namespace cannot be deleted or recreated by a step');
  const ns = ctx.namespaces.get(key);
  if (ns === undefined) throw new Error(`namespace '${key}' is not one of the suite's namespaces`);
  return ns;
}

/** Load-time rule shared by both actions: `key` names one of the suite's `namespaces`. */
export function namespaceKeyProblems(key: unknown, doc: object): { path: (string | number)[]; message: string }[] {
  const known = ((doc as { namespaces?: { name: string }[] }).namespaces ?? []).map((n) => n.name);
  if (typeof key === 'string' && known.includes(key)) return [];
  return [
    {
      path: [],
      message: `'${String(key)}' is not a key of the suite's namespaces (known: ${known.join(', ') || 'none'}); the run namespace cannot be deleted`,
    },
  ];
}
