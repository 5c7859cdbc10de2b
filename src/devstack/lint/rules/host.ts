/**
 * LC7xx: checks that depend on the target host (docs/local-conf.md#ini-merge "gawk is required",
 * docs/local-conf.md#linter-pitfalls item 10).
 */
import { code } from '../analysis.js';
import type { Rule } from './rule.js';

export const gawkMissing: Rule = {
  id: 'LC701',
  name: 'gawk-missing',
  severity: 'warning',
  summary: 'Debian/Ubuntu + df-era devstack without nova: gawk is not installed and mawk breaks the INI merge.',
  check(a) {
    const { distroFamily, era, devstackHasGawkFix } = a.ctx;
    if (distroFamily !== 'ubuntu' && distroFamily !== 'debian') return [];
    if (era !== 'df' || devstackHasGawkFix || a.enabled('nova')) return [];
    const first = a.mergeBlocks.find((b) => b.lines.some((l) => l.kind === 'key'));
    if (!first) return [];
    return [
      {
        line: first.header.line,
        message: `DevStack merges INI blocks with ${code('awk')}, which is mawk on ${distroFamily} unless gawk is installed; df-era devstack installs gawk only with nova (files/debs/nova, moved to files/debs/general by d207ba90) and nova is not enabled, so mawk 1.3.4 fails with ${code('mawk: line 31: syntax error at or near ,')} and nothing is written.`,
        fix: `Install gawk before stack.sh (${code('sudo apt-get install -y gawk')}), or use a devstack that contains d207ba90.`,
      },
    ];
  },
};

export const HOST_RULES: readonly Rule[] = [gawkMissing];
