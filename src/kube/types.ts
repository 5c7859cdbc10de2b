/**
 * The parts of real `kubectl … -o json` objects the connectivity engine reads (Pod, Deployment, Service, Node,
 * Endpoints, and `List`), with tolerant parsers: missing optional fields become `undefined`, a wrong shape throws a
 * {@link KubectlParseError} naming the command.
 */

type Json = Record<string, unknown>;

/** Thrown when kubectl printed something other than the expected JSON shape. */
export class KubectlParseError extends Error {
  constructor(what: string, detail: string) {
    super(`unexpected output of 'kubectl ${what}': ${detail}`);
    this.name = 'KubectlParseError';
  }
}

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function obj(v: unknown): Json {
  return isObject(v) ? v : {};
}

function s(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function n(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Parses kubectl's JSON output into an object. */
export function parseKubeJson(what: string, text: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new KubectlParseError(what, `not JSON: ${text.slice(0, 200)}`);
  }
  if (!isObject(value)) throw new KubectlParseError(what, 'expected a JSON object');
  return value;
}

/** The `items` of a `kind: List` (or `PodList`, …) object. */
export function listItems(what: string, text: string): Json[] {
  const o = parseKubeJson(what, text);
  if (!Array.isArray(o.items)) throw new KubectlParseError(what, "expected a List with 'items'");
  return o.items.filter(isObject);
}

/** The metadata every object has. */
export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  deletionTimestamp?: string;
}

function meta(what: string, o: Json): ObjectMeta {
  const m = obj(o.metadata);
  const name = s(m.name);
  if (name === undefined) throw new KubectlParseError(what, 'object without metadata.name');
  const strings = (v: unknown): Record<string, string> =>
    Object.fromEntries(Object.entries(obj(v)).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return {
    name,
    namespace: s(m.namespace),
    uid: s(m.uid),
    labels: strings(m.labels),
    annotations: strings(m.annotations),
    deletionTimestamp: s(m.deletionTimestamp),
  };
}

/** A pod, as far as probes and evidence need it. */
export interface KubePod {
  metadata: ObjectMeta;
  nodeName?: string;
  phase: string;
  podIP?: string;
  hostIP?: string;
  /** Condition `Ready` is `True`. */
  ready: boolean;
  /** `waiting.reason` of the first container that is waiting (ImagePullBackOff, ContainerCreating, …). */
  waitingReason?: string;
  /** Names of the pod's containers. */
  containers: string[];
  restarts: number;
}

/** One pod object (`kubectl get pod P -o json` or an item of a list). */
export function parsePod(o: Json, what = 'get pods'): KubePod {
  const spec = obj(o.spec);
  const status = obj(o.status);
  const conditions = Array.isArray(status.conditions) ? status.conditions.filter(isObject) : [];
  const statuses = Array.isArray(status.containerStatuses) ? status.containerStatuses.filter(isObject) : [];
  const waiting = statuses.map((c) => s(obj(obj(c.state).waiting).reason)).find((r) => r !== undefined);
  return {
    metadata: meta(what, o),
    nodeName: s(spec.nodeName),
    phase: s(status.phase) ?? 'Unknown',
    podIP: s(status.podIP),
    hostIP: s(status.hostIP),
    ready: conditions.some((c) => c.type === 'Ready' && c.status === 'True'),
    waitingReason: waiting,
    containers: (Array.isArray(spec.containers) ? spec.containers.filter(isObject) : []).flatMap((c) =>
      s(c.name) === undefined ? [] : [s(c.name) as string],
    ),
    restarts: statuses.reduce((sum, c) => sum + (n(c.restartCount) ?? 0), 0),
  };
}

/** A deployment's rollout state. */
export interface KubeDeployment {
  metadata: ObjectMeta;
  generation?: number;
  replicas: number;
  observedGeneration?: number;
  readyReplicas: number;
  availableReplicas: number;
  updatedReplicas: number;
}

/** `kubectl get deployment D -o json`. */
export function parseDeployment(o: Json, what = 'get deployment'): KubeDeployment {
  const m = obj(o.metadata);
  const status = obj(o.status);
  return {
    metadata: meta(what, o),
    generation: n(m.generation),
    replicas: n(obj(o.spec).replicas) ?? 1,
    observedGeneration: n(status.observedGeneration),
    readyReplicas: n(status.readyReplicas) ?? 0,
    availableReplicas: n(status.availableReplicas) ?? 0,
    updatedReplicas: n(status.updatedReplicas) ?? 0,
  };
}

/**
 * True when the rollout finished the way `kubectl rollout status` decides it: the controller saw the latest
 * generation and every desired replica is updated, ready and available.
 */
export function deploymentReady(d: KubeDeployment): boolean {
  const observed = d.generation === undefined || (d.observedGeneration ?? 0) >= d.generation;
  return (
    observed && d.updatedReplicas >= d.replicas && d.readyReplicas >= d.replicas && d.availableReplicas >= d.replicas
  );
}

/** One port of a service. */
export interface KubeServicePort {
  name?: string;
  protocol: 'TCP' | 'UDP' | 'SCTP';
  port: number;
  /** A number, or a named port (kept as the string). */
  targetPort: number | string;
}

/** A service. */
export interface KubeService {
  metadata: ObjectMeta;
  type: string;
  clusterIP?: string;
  ports: KubeServicePort[];
  selector: Record<string, string>;
  /** `status.loadBalancer.ingress[0].ip` (type LoadBalancer, once the cloud gave it an address). */
  loadBalancerIP?: string;
}

/** `kubectl get service S -o json`. */
export function parseService(o: Json, what = 'get service'): KubeService {
  const spec = obj(o.spec);
  const ports = (Array.isArray(spec.ports) ? spec.ports.filter(isObject) : []).map((p) => {
    const port = n(p.port) ?? 0;
    const target = p.targetPort;
    const protocol = p.protocol === 'UDP' || p.protocol === 'SCTP' ? p.protocol : 'TCP';
    return {
      name: s(p.name),
      protocol,
      port,
      targetPort: typeof target === 'number' ? target : (s(target) ?? port),
    } satisfies KubeServicePort;
  });
  const clusterIP = s(spec.clusterIP);
  const ingress = obj(obj(o.status).loadBalancer).ingress;
  const loadBalancerIP = Array.isArray(ingress) ? s(obj(ingress[0]).ip) : undefined;
  return {
    metadata: meta(what, o),
    type: s(spec.type) ?? 'ClusterIP',
    clusterIP: clusterIP === 'None' ? undefined : clusterIP,
    ports,
    selector: Object.fromEntries(
      Object.entries(obj(spec.selector)).filter((e): e is [string, string] => typeof e[1] === 'string'),
    ),
    ...(loadBalancerIP === undefined ? {} : { loadBalancerIP }),
  };
}

/** A node. */
export interface KubeNode {
  name: string;
  internalIP?: string;
  ready: boolean;
}

/** An item of `kubectl get nodes -o json`. */
export function parseNode(o: Json, what = 'get nodes'): KubeNode {
  const status = obj(o.status);
  const addresses = Array.isArray(status.addresses) ? status.addresses.filter(isObject) : [];
  const conditions = Array.isArray(status.conditions) ? status.conditions.filter(isObject) : [];
  return {
    name: meta(what, o).name,
    internalIP: s(addresses.find((a) => a.type === 'InternalIP')?.address),
    ready: conditions.some((c) => c.type === 'Ready' && c.status === 'True'),
  };
}

/** Ready endpoint addresses of `kubectl get endpoints S -o json` (pod name from `targetRef`, when set). */
export function parseEndpointAddresses(o: Json): { ip: string; pod?: string }[] {
  const subsets = Array.isArray(o.subsets) ? o.subsets.filter(isObject) : [];
  return subsets.flatMap((sub) =>
    (Array.isArray(sub.addresses) ? sub.addresses.filter(isObject) : []).flatMap((a) => {
      const ip = s(a.ip);
      return ip === undefined ? [] : [{ ip, pod: s(obj(a.targetRef).name) }];
    }),
  );
}
