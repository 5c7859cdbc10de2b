/**
 * `apply-manifest {manifest, expect, field?, namespace?}`: `kubectl apply` of an inline object and a check of the API
 * server's answer. `expect: rejected` passes only when the server refused the object as invalid (`The KIND "NAME" is
 * invalid: ...`: admission or CRD schema validation); any other refusal (an unknown kind, a missing CRD, no access)
 * fails the step, so a cluster without the schema cannot pass. `field` (e.g. `spec.netId`) must then be named by
 * that message, in either of the two forms Kubernetes used (`spec.netId: Required value`, older
 * `spec.netId in body is required`). `expect: accepted` (the default) passes when the object was created or
 * configured; it stays (namespaced objects go with the run's namespaces). An object the check rejected for being
 * accepted is deleted again, so a cluster that validates nothing keeps no stray object.
 */
import { CommandError } from '../../../runtime/command.js';
import type { KindProblem } from '../../scenarios/types.js';
import type { SuiteDocument } from '../../suite.js';
import type { StepAction, StepContext } from '../types.js';

/** The argument of `apply-manifest`. */
export interface ApplyManifestArg {
  /** A whole Kubernetes object (apiVersion, kind, metadata.name); no metadata.namespace (use `namespace`). */
  manifest: Record<string, unknown>;
  /** What the API server must answer (default `accepted`). */
  expect?: 'accepted' | 'rejected';
  /** With `rejected`: the field path the rejection must name. */
  field?: string;
  /** A key of the suite's `namespaces` (default: the run namespace; cluster-scoped kinds ignore it, as kubectl does). */
  namespace?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function metadataOf(manifest: unknown): Record<string, unknown> | undefined {
  return isObject(manifest) && isObject(manifest.metadata) ? manifest.metadata : undefined;
}

/** `KIND/NAME` of the manifest, for messages. */
function objectName(arg: ApplyManifestArg): string {
  return `${String(arg.manifest.kind)}/${String(metadataOf(arg.manifest)?.name)}`;
}

/** Load-time rules: a complete object without its own namespace, a known namespace key, `field` only when rejected. */
export function applyManifestProblems(arg: ApplyManifestArg, doc: SuiteDocument): KindProblem[] {
  const out: KindProblem[] = [];
  if (!isObject(arg) || !isObject(arg.manifest)) {
    return [{ path: ['manifest'], message: 'manifest must be a Kubernetes object (apiVersion, kind, metadata.name)' }];
  }
  for (const key of ['apiVersion', 'kind'] as const) {
    if (typeof arg.manifest[key] !== 'string' || arg.manifest[key] === '')
      out.push({ path: ['manifest', key], message: `the manifest needs '${key}' (a string)` });
  }
  const meta = metadataOf(arg.manifest);
  if (typeof meta?.name !== 'string' || meta.name === '')
    out.push({ path: ['manifest', 'metadata', 'name'], message: "the manifest needs 'metadata.name'" });
  if (meta?.namespace !== undefined)
    out.push({
      path: ['manifest', 'metadata', 'namespace'],
      message: "remove metadata.namespace: the step's 'namespace' (a key of the suite's namespaces) places the object",
    });
  if (arg.expect !== undefined && arg.expect !== 'accepted' && arg.expect !== 'rejected')
    out.push({ path: ['expect'], message: `expect must be 'accepted' or 'rejected', not '${String(arg.expect)}'` });
  if (arg.field !== undefined && arg.expect !== 'rejected')
    out.push({ path: ['field'], message: "'field' names what a rejection must mention: it needs expect: rejected" });
  const known = new Set(((doc as { namespaces?: { name: string }[] }).namespaces ?? []).map((n) => n.name));
  if (arg.namespace !== undefined && !known.has(arg.namespace))
    out.push({
      path: ['namespace'],
      message: `unknown namespace '${arg.namespace}' (known: ${[...known].join(', ') || 'none'}); add it to 'namespaces'`,
    });
  return out;
}

/** True when `message` names `field` in one of Kubernetes' two validation message forms. */
export function namesField(message: string, field: string): boolean {
  return message.includes(`${field}:`) || message.includes(`${field} in body`);
}

function realNamespace(ctx: StepContext, key: string | undefined): string {
  const ns = ctx.namespaces.get(key ?? '');
  if (ns === undefined) throw new Error(`namespace '${key ?? ''}' was not created`);
  return ns;
}

/** Applies; returns kubectl's stdout, or the refusal's stderr (non-zero exit). */
async function apply(
  ctx: StepContext,
  ns: string,
  manifest: Record<string, unknown>,
): Promise<{ ok: boolean; text: string }> {
  try {
    const out = await ctx.run.deps.kubectl.run(['-n', ns, 'apply', '-f', '-'], {
      namespaced: false,
      input: JSON.stringify(manifest),
    });
    return { ok: true, text: out.trim() };
  } catch (err) {
    if (!(err instanceof CommandError) || err.cancelled || err.timedOut || err.exitCode === null) throw err;
    // kubectl lists several causes on `* ` lines: one line for the step's message
    return { ok: false, text: err.result.stderr.trim().replace(/\s*\n\s*/g, ' ') };
  }
}

async function deleteAgain(ctx: StepContext, ns: string, manifest: Record<string, unknown>): Promise<string> {
  try {
    await ctx.run.deps.kubectl.run(['-n', ns, 'delete', '-f', '-', '--ignore-not-found'], {
      namespaced: false,
      input: JSON.stringify(manifest),
    });
    return 'deleted it again';
  } catch (err) {
    return `could not delete it again: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  }
}

/** The apply-manifest action. */
export const applyManifest: StepAction<ApplyManifestArg> = {
  name: 'apply-manifest',
  validate: applyManifestProblems,
  async run(ctx, arg) {
    const ns = realNamespace(ctx, arg.namespace);
    const what = objectName(arg);
    const answer = await apply(ctx, ns, arg.manifest);
    if ((arg.expect ?? 'accepted') === 'accepted') {
      if (!answer.ok) throw new Error(`the API server refused ${what}: ${answer.text}`);
      return `applied ${what}: ${answer.text}`;
    }
    if (answer.ok) {
      const cleanup = await deleteAgain(ctx, ns, arg.manifest);
      throw new Error(`the API server accepted ${what} (${answer.text}), expected a rejection; ${cleanup}`);
    }
    if (!/ is invalid/.test(answer.text))
      throw new Error(`${what} was refused, but not by validation (expected "is invalid"): ${answer.text}`);
    if (arg.field !== undefined && !namesField(answer.text, arg.field))
      throw new Error(`${what} was rejected, but the message does not name ${arg.field}: ${answer.text}`);
    return `rejected as expected: ${answer.text}`;
  },
};
