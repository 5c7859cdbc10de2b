/**
 * The suite keys of several namespaces and workloads, NetworkPolicies and `steps` scenarios (schemas/suite.schema.json
 * has the meaning of every field): their types, and the names of the step actions and expectations the schema knows.
 */

/** Kubernetes labels. */
export type Labels = Record<string, string>;

/** One service of a workload. */
export interface SuiteService {
  name: string;
  port: number;
  targetPort?: number;
  protocol?: 'TCP' | 'UDP';
  /** Default ClusterIP. */
  type?: 'ClusterIP' | 'LoadBalancer';
  /** false: no selector; the engine writes the Endpoints with the workload's ready pod IPs. */
  selector?: boolean;
}

/** A probe's port: a number or the name of a container port. */
export type ProbePort = number | string;

/** A Kubernetes probe (core/v1 Probe): exactly one of `httpGet`, `tcpSocket` and `exec`, and its timing. */
export interface ReadinessProbe {
  httpGet?: {
    port: ProbePort;
    path?: string;
    host?: string;
    scheme?: 'HTTP' | 'HTTPS';
    httpHeaders?: { name: string; value: string }[];
  };
  tcpSocket?: { port: ProbePort; host?: string };
  exec?: { command: string[] };
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
}

/** A workload as written (`workload`, or one item of `workloads`, where `name` is required). */
export interface SuiteWorkloadSpec {
  name?: string;
  image?: string;
  replicas?: number;
  scaleFrom?: number;
  placement?: WorkloadPlacement;
  /** Put as-is on the Deployment's container. */
  readinessProbe?: ReadinessProbe;
  /** false: the pods are expected never to become Ready (needs `readinessProbe`); default true. */
  ready?: boolean;
  /**
   * true: the pods run on their node's network with the node's address (no Kuryr port); in nested mode that is the
   * trunk VM, which makes such a workload the VM's side of a matrix cell. No services.
   */
  hostNetwork?: boolean;
  services?: SuiteService[];
  /** A name of `namespaces` (items of `workloads` only); default: the run's namespace. */
  namespace?: string;
  /** Extra pod labels (items of `workloads` only). */
  labels?: Labels;
}

/** Where a workload's pods go: spread over the nodes (preferred), together on one node (required), or anywhere. */
export type WorkloadPlacement = 'spread' | 'any' | 'together';

/** An extra namespace of the run. */
export interface SuiteNamespace {
  name: string;
  labels?: Labels;
}

/** A Kubernetes label selector. */
export interface LabelSelector {
  matchLabels?: Labels;
  matchExpressions?: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }[];
}

/** A peer of a policy rule. */
export interface PolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr: string; except?: string[] };
}

/** A port of a policy rule. */
export interface PolicyPort {
  protocol?: 'TCP' | 'UDP' | 'SCTP';
  port?: number | string;
  endPort?: number;
}

/** A NetworkPolicy's spec (networking.k8s.io/v1). */
export interface NetworkPolicySpec {
  podSelector: LabelSelector;
  policyTypes?: ('Ingress' | 'Egress')[];
  ingress?: { from?: PolicyPeer[]; ports?: PolicyPort[] }[];
  egress?: { to?: PolicyPeer[]; ports?: PolicyPort[] }[];
}

/** A policy of the suite's `policies` (its key is its name). */
export interface SuitePolicy {
  description?: string;
  /** A name of `namespaces`; default: the run's namespace. */
  namespace?: string;
  spec: NetworkPolicySpec;
}

/** One cell of a reachability matrix. */
export interface ReachabilityCellSpec {
  /** `<workload>`, `<workload>/<n>` or `host`. */
  from: string;
  /** `<workload>`, `<workload>/<n>`, `service:<name>` or `service:<name>@external`. */
  to: string;
  result: 'allowed' | 'denied';
}

/** The `reachability` expectation. */
export interface ReachabilitySpec {
  within?: string;
  protocol?: 'http' | 'tcp' | 'udp' | 'icmp';
  port?: number;
  matrix: ReachabilityCellSpec[];
}

/** What must hold after a step. */
export interface StepExpect {
  reachability?: ReachabilitySpec;
  members?: string[];
  everyBackend?: string[];
  ports?: boolean;
  pods?: Record<string, number>;
  'policy-objects'?: { policy: string; present: boolean };
  'controller-stable'?: 'record' | 'unchanged';
  'subnet-ports'?: { namespace?: string; record?: true; added?: number; steady?: string };
}

/** One step of a `steps` scenario: at most one action key, and/or `expect`. */
export interface SuiteStep {
  description?: string;
  'apply-policy'?: string;
  'delete-policy'?: string;
  'update-policy'?: { name: string; to: string };
  'label-namespace'?: { namespace: string; labels: Labels };
  scale?: { workload: string; replicas: number };
  'delete-pods'?: { workload: string; count?: number };
  'rollout-restart'?: string;
  'delete-loadbalancer'?: string;
  'delete-listener'?: string;
  restart?: 'kuryr-controller' | 'kuryr-daemon';
  'kuryr-config'?: Record<string, Record<string, string | number | boolean>>;
  'security-group-rule'?: { to: string; from: string; protocol: 'icmp' | 'tcp' | 'udp'; port?: number };
  wait?: string;
  'apply-manifest'?: {
    manifest: Record<string, unknown>;
    expect?: 'accepted' | 'rejected';
    field?: string;
    namespace?: string;
  };
  'delete-namespace'?: string;
  'create-namespace'?: string;
  expect?: StepExpect;
}

/** The action keys of a step, as the schema lists them. */
export const STEP_ACTION_NAMES = [
  'apply-policy',
  'delete-policy',
  'update-policy',
  'label-namespace',
  'scale',
  'delete-pods',
  'rollout-restart',
  'delete-loadbalancer',
  'delete-listener',
  'restart',
  'kuryr-config',
  'security-group-rule',
  'wait',
  'apply-manifest',
  'delete-namespace',
  'create-namespace',
] as const;

/** A step action's name. */
export type StepActionName = (typeof STEP_ACTION_NAMES)[number];

/** The expectation keys under a step's `expect`, as the schema lists them. */
export const STEP_EXPECTATION_NAMES = [
  'reachability',
  'members',
  'everyBackend',
  'ports',
  'pods',
  'policy-objects',
  'controller-stable',
  'subnet-ports',
] as const;

/** The action of a step (undefined: the step only expects). */
export function stepAction(step: SuiteStep): { name: StepActionName; arg: unknown } | undefined {
  const name = STEP_ACTION_NAMES.find((n) => step[n] !== undefined);
  return name === undefined ? undefined : { name, arg: step[name] };
}

/** The workload name of the legacy `workload` key (the Deployment name, `demo` by default). */
export const DEFAULT_WORKLOAD_NAME = 'demo';
