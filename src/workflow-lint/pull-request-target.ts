/**
 * Project rule `pr-target-checkout`: a workflow triggered by `pull_request_target` that checks out the pull request's
 * code. Such a workflow runs in the base repository's context (its secrets, a token that can write, the runner it
 * picks, including self-hosted ones), whoever opened the pull request; checking out the head or merge commit there
 * hands all of that to any fork's code. Found: `actions/checkout` with a `ref:`/`repository:` naming the pull
 * request's head or merge commit, and `run:` scripts that fetch `pull/<n>/head|merge` or run `gh pr checkout`.
 */
import { isMap, isScalar } from 'yaml';
import type { Node } from 'yaml';
import type { WorkflowFinding } from './finding.js';
import { mapAt, sourceOf, stepContexts, stringAt, workflowTriggers } from './workflow-steps.js';
import { position } from '../runtime/yaml-source.js';
import type { YamlSource } from '../runtime/yaml-source.js';

/** The rule id. */
export const PR_TARGET_CHECKOUT_RULE = 'pr-target-checkout';

/** Expressions and refs that name the pull request's own code. */
const PR_CODE = /github\.event\.pull_request\.(?:head\b|merge_commit_sha\b)|github\.head_ref\b|refs\/pull\//;

/** Shell commands that fetch or check out the pull request's code. */
const PR_CODE_IN_SCRIPT = /refs\/pull\/|\bpull\/\S+\/(?:head|merge)\b|\bgh\s+pr\s+checkout\b/;

const WHY =
  'pull_request_target runs with the base repository’s secrets, a token that can write and its runners, for a pull request from anyone, so the pull request’s code would run with all of that';
const FIX =
  'run jobs that need the pull request’s code on `pull_request` (a fork gets a read-only token and no secrets), and publish their results from a `workflow_run` workflow that never checks out the head (workflows/publish-fork-results.yml)';

function finding(src: YamlSource, offset: number, what: string): WorkflowFinding {
  return {
    file: src.file,
    ...position(src, offset),
    rule: PR_TARGET_CHECKOUT_RULE,
    message: `${what}: ${WHY}; ${FIX}`,
  };
}

/** The `ref:`/`repository:` input of an actions/checkout step that names the pull request's code, if any. */
function checkoutOfPrCode(src: YamlSource, step: Node): WorkflowFinding | undefined {
  if (!/^actions\/checkout@/.test(stringAt(step, 'uses') ?? '')) return undefined;
  const inputs = mapAt(step, 'with');
  for (const key of ['ref', 'repository']) {
    const node = inputs?.get(key, true);
    if (!isScalar(node) || typeof node.value !== 'string' || !PR_CODE.test(node.value)) continue;
    const at = sourceOf(src, node)?.start ?? 0;
    return finding(src, at, `actions/checkout with ${key}: ${node.value} checks out the pull request’s code`);
  }
  return undefined;
}

/**
 * Finds checkouts of the pull request's code in a workflow that runs on `pull_request_target`.
 * @param src the parsed workflow
 * @returns one finding per offending step, at the `ref:` value or the matching text of the script
 */
export function checkPullRequestTarget(src: YamlSource): WorkflowFinding[] {
  if (!workflowTriggers(src).includes('pull_request_target')) return [];
  const out: WorkflowFinding[] = [];
  for (const { step } of stepContexts(src, 'workflow')) {
    const checkout = checkoutOfPrCode(src, step);
    if (checkout) {
      out.push(checkout);
      continue;
    }
    const run = isMap(step) ? step.get('run', true) : undefined;
    const script = isScalar(run) ? sourceOf(src, run) : undefined;
    const m = script ? PR_CODE_IN_SCRIPT.exec(script.text) : null;
    if (script && m)
      out.push(finding(src, script.start + m.index, `this run: script fetches the pull request’s code (${m[0]})`));
  }
  return out;
}
